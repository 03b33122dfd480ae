package org.healthequity.exchange.member;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV files built to blow up the import's memory: refused while reading, never held whole. */
@Tag("attack")
class CsvImportAttackTest {

    @Test
    void lineOfHalfAMillionDelimitersIsRefusedWhileReading() {
        byte[] csv = ("email,name,country\n" + ",".repeat(500_000) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.read(csv, MemberImport.REQUIRED, MemberImport.MAX_ROWS))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class,
                        e -> assertThat(e.messageKey).isEqualTo("import.error.too-many-columns"));
    }

    @Test
    void moreRowsThanTheLimitAreRefusedBeforeAllAreHeld() {
        StringBuilder text = new StringBuilder("email,name,country\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("a,b,KE\n");
        }

        assertThatThrownBy(() -> CsvTable.read(text.toString().getBytes(StandardCharsets.UTF_8),
                MemberImport.REQUIRED, MemberImport.MAX_ROWS)).isInstanceOfSatisfying(CsvTable.Unreadable.class,
                        e -> assertThat(e.messageKey).isEqualTo("import.error.too-many-rows"));
    }

    @Test
    void blankLinesAreNeitherKeptNorCounted() {
        byte[] csv = ("email,name,country\n" + "\n".repeat(200_000) + "a@example.org,A,KE\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CsvTable.read(csv, MemberImport.REQUIRED, MemberImport.MAX_ROWS).rows)
                .containsExactly(List.of("a@example.org", "A", "KE"));
    }
}
