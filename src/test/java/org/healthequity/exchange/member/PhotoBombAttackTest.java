package org.healthequity.exchange.member;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.HostileFiles;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photo uploads by self-registered people, the decompression bombs and floods anyone may send: refused from the header
 * before decoding, and never more decodes at once than the store's permits, however many sessions upload together.
 */
@Tag("attack")
class PhotoBombAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PhotoStore photos;

    @Test
    void sixteenBitPngOfSixtyFourMegapixelsIsRefusedFromItsHeaderBeforeDecoding() {
        signInAs(newPerson());
        byte[] bomb = HostileFiles.sixteenBitPng(8000);
        long decodesBefore = photos.decodesStarted();

        assertThatThrownBy(() -> profiles.setMyPhoto(bomb)).isInstanceOfSatisfying(Refused.class,
                problem -> assertThat(problem.messageKey())
                        .isEqualTo(FileRefused.Reason.TOO_MANY_PIXELS.messageKey()));
        assertThat(photos.decodesStarted()).as("refused from the header, nothing decoded").isEqualTo(decodesBefore);
    }

    @Test
    void photoWhoseHeaderClaimsMoreThanItsDataHoldsIsRefusedAsDamaged() {
        signInAs(newPerson());

        assertThatThrownBy(() -> profiles.setMyPhoto(HostileFiles.pngWithLyingHeader(3000, 3000)))
                .isInstanceOfSatisfying(Refused.class, problem -> assertThat(problem.messageKey())
                        .isEqualTo(FileRefused.Reason.IMAGE_DAMAGED.messageKey()));
    }

    @Test
    void parallelUploadsFromManySessionsNeverDecodeMoreThanThePermitsAtOnce() throws Exception {
        int sessions = 8;
        List<Authentication> people = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            people.add(signInAs(newPerson()));
        }
        SecurityContextHolder.clearContext();
        byte[] photo = HostileFiles.image("png", 4000, 4000);
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Authentication person : people) {
                results.add(pool.submit((Callable<String>) () -> {
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        profiles.setMyPhoto(photo);
                        return "stored";
                    } catch (Refused problem) {
                        return problem.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isIn("stored", FileRefused.Reason.BUSY.messageKey());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(photos.mostDecodesAtOnce()).isBetween(1, PhotoStore.DECODE_PERMITS);
    }

    private String newPerson() {
        inAnHourOfItsOwn();
        return people.applicant("Bomb Person");
    }

    private Authentication signInAs(String email) {
        return Accounts.signIn(users, email);
    }
}
