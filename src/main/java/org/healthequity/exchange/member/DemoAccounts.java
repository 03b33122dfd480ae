package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of README (password {@value #PASSWORD}), seeded once: in the default run with the embedded
 * database, or wherever EXCHANGE_DEMO_DATA=true.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "exchange-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String email, String name, Language language, String zone, List<Role> roles) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@example.org", "Amina Haddad", Language.ENGLISH, "Europe/Zurich", List.of(Role.ADMIN)),
            new Demo("secretariat@example.org", "Sophie Laurent", Language.FRENCH, "Europe/Zurich",
                    List.of(Role.SECRETARIAT)),
            new Demo("reviewer@example.org", "Kwame Mensah", Language.ENGLISH, "Africa/Accra",
                    List.of(Role.STEERING_COMMITTEE)),
            new Demo("lead@example.org", "Lucía Fernández", Language.SPANISH, "America/Bogota",
                    List.of(Role.GROUP_LEAD, Role.MEMBER)),
            new Demo("member@example.org", "Priya Raman", Language.ENGLISH, "Asia/Kolkata", List.of(Role.MEMBER)),
            new Demo("researcher@example.org", "Wei Zhang", Language.CHINESE, "Asia/Shanghai", List.of(Role.MEMBER)),
            new Demo("applicant@example.org", "Omar Khalil", Language.ARABIC, "Asia/Amman", List.of(Role.APPLICANT)));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, ExchangeProperties properties,
            Environment environment, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    static boolean enabled(ExchangeProperties properties, Environment environment) {
        return properties.demoDataEnabled(environment);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled(properties, environment) || accounts.existsByEmail(ACCOUNTS.getFirst().email())) {
            return;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        for (Demo demo : ACCOUNTS) {
            Account account = new Account(demo.email(), demo.name(), hash, demo.language(), clock.instant());
            account.confirm(clock.instant());
            account.chooseTimeZone(ZoneId.of(demo.zone()));
            demo.roles().forEach(account::grant);
            accounts.save(account);
        }
        log.info("Seeded {} demo accounts (password '{}')", ACCOUNTS.size(), PASSWORD);
    }
}
