package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.RunAs;
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
 * The demo world of the members directory, seeded once after the demo accounts: institutions in all six WHO regions
 * (HIM members among them), about forty people in both networks, most in the directory with mixed visibilities, a few
 * deliberately not. It goes through the services (ADR 0015): the secretariat records the institutions, each person
 * saves their own profile and contact consent; accounts are created as {@link DemoAccounts} creates them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

    record Inst(String name, InstitutionType type, String country, String website, String him) {
    }

    /** One person: e-mail, name, title, institution (index), country, languages, expertise, networks, public? */
    record Person(String email, String name, String title, int institution, String country, String languages,
            String expertise, String networks, boolean inDirectory, Visibility visibility) {
    }

    static final List<Inst> INSTITUTIONS = List.of(
            new Inst("World Health Organization", InstitutionType.INTERNATIONAL_ORGANIZATION, "CH",
                    "https://www.who.int", ""),
            new Inst("Ministry of Health and Family Welfare", InstitutionType.MINISTRY, "IN", "", ""),
            new Inst("Chinese Center for Disease Control and Prevention", InstitutionType.PUBLIC_HEALTH_AGENCY, "CN",
                    "https://www.chinacdc.cn", "HIM"),
            new Inst("Ghana Statistical Service", InstitutionType.STATISTICS_OFFICE, "GH",
                    "https://statsghana.gov.gh", "HIM"),
            new Inst("Instituto Nacional de Salud Pública", InstitutionType.PUBLIC_HEALTH_AGENCY, "MX",
                    "https://www.insp.mx", "HIM"),
            new Inst("Instituto Brasileiro de Geografia e Estatística", InstitutionType.STATISTICS_OFFICE, "BR",
                    "https://www.ibge.gov.br", "HIM"),
            new Inst("Ministério da Saúde", InstitutionType.MINISTRY, "BR", "", ""),
            new Inst("Statistics Norway", InstitutionType.STATISTICS_OFFICE, "NO", "https://www.ssb.no", "HIM"),
            new Inst("Santé publique France", InstitutionType.PUBLIC_HEALTH_AGENCY, "FR",
                    "https://www.santepubliquefrance.fr", ""),
            new Inst("Ministry of Health", InstitutionType.MINISTRY, "JO", "", ""),
            new Inst("Aga Khan University", InstitutionType.UNIVERSITY, "PK", "https://www.aku.edu", "HIM"),
            new Inst("Fiji Bureau of Statistics", InstitutionType.STATISTICS_OFFICE, "FJ", "", "HIM"),
            new Inst("Health Equity Action Network Kenya", InstitutionType.CIVIL_SOCIETY, "KE", "", ""),
            new Inst("University of Cape Town", InstitutionType.UNIVERSITY, "ZA", "https://www.uct.ac.za", "HIM"),
            new Inst("Ministry of Public Health", InstitutionType.MINISTRY, "TH", "", ""));

    /** Representatives of institutions that apply to the HIM Network's open calls: e-mail, name, language, zone. */
    static final List<String[]> APPLICANTS = List.of(
            new String[] {"e.tremblay@example.org", "Émilie Tremblay", "fr", "America/Toronto"},
            new String[] {"l.martin@example.org", "Léa Martin", "fr", "Europe/Paris"},
            new String[] {"n.okello@example.org", "Nakato Okello", "en", "Africa/Kampala"},
            new String[] {"s.rahimi@example.org", "Sara Rahimi", "en", "Asia/Tehran"},
            new String[] {"r.silva@example.org", "Rafael Silva", "es", "America/Sao_Paulo"},
            new String[] {"a.patnaik@example.org", "Ananya Patnaik", "en", "Asia/Kolkata"},
            new String[] {"j.becker@example.org", "Jonas Becker", "en", "Europe/Berlin"},
            new String[] {"k.lam@example.org", "Ka-wai Lam", "zh", "Asia/Hong_Kong"},
            new String[] {"t.nguyen@example.org", "Nguyễn Thu Trang", "en", "Asia/Ho_Chi_Minh"});

    static final List<Person> PEOPLE = List.of(
            new Person("secretariat@example.org", "", "Technical Officer, Social Determinants of Health", 0, "CH",
                    "fr,en,es", "THEME:HEALTH_IN_ALL_POLICIES,THEME:INNOV8,SDG:10", "GKNHE:SECRETARIAT,HIM:SECRETARIAT",
                    true, Visibility.PUBLIC),
            new Person("reviewer@example.org", "", "Director of Social Statistics", 3, "GH", "en",
                    "DIMENSION:SOCIOECONOMIC_STATUS,DIMENSION:PLACE_OF_RESIDENCE,SDG:1", "HIM:STEERING_COMMITTEE",
                    true, Visibility.PUBLIC),
            new Person("lead@example.org", "", "Head of Health Equity Research", 4, "MX", "es,en",
                    "THEME:SOCIAL_PROTECTION,DIMENSION:RACE_ETHNICITY,SDG:10", "GKNHE:MEMBER,HIM:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("member@example.org", "", "Joint Secretary, Health Policy", 1, "IN", "en",
                    "THEME:UNIVERSAL_HEALTH_COVERAGE,THEME:HEALTH_IN_ALL_POLICIES,SDG:3", "GKNHE:MEMBER", true,
                    Visibility.MEMBERS),
            new Person("researcher@example.org", "", "Senior Epidemiologist", 2, "CN", "zh,en",
                    "DIMENSION:AGE,DIMENSION:SUBNATIONAL_REGION,SDG:3", "HIM:MEMBER", true, Visibility.MEMBERS),
            new Person("ana.souza@example.org", "Ana Souza", "Coordinator of Social Indicators", 5, "BR", "es,en",
                    "DIMENSION:RACE_ETHNICITY,DIMENSION:EDUCATION,SDG:4", "HIM:MEMBER", true, Visibility.PUBLIC),
            new Person("joao.pereira@example.org", "João Pereira", "Director, Primary Health Care", 6, "BR", "es",
                    "THEME:UNIVERSAL_HEALTH_COVERAGE,THEME:HOUSING", "GKNHE:MEMBER", true, Visibility.MEMBERS),
            new Person("ingrid.berg@example.org", "Ingrid Berg", "Senior Statistician", 7, "NO", "en,ru",
                    "DIMENSION:OCCUPATION,DIMENSION:SOCIOECONOMIC_STATUS,SDG:8", "HIM:STEERING_COMMITTEE", true,
                    Visibility.PUBLIC),
            new Person("claire.dubois@example.org", "Claire Dubois", "Responsable équité en santé", 8, "FR", "fr,en",
                    "THEME:EARLY_CHILDHOOD,DIMENSION:GENDER_SEX,SDG:5", "GKNHE:MEMBER", true, Visibility.MEMBERS),
            new Person("layla.haddad@example.org", "Layla Haddad", "Director of Policy and Planning", 9, "JO", "ar,en",
                    "THEME:SOCIAL_PROTECTION,DIMENSION:DISABILITY,SDG:10", "GKNHE:MEMBER", true, Visibility.PUBLIC),
            new Person("omar.siddiqui@example.org", "Omar Siddiqui", "Associate Professor, Community Health", 10,
                    "PK", "en,ar", "DIMENSION:GENDER_SEX,DIMENSION:PLACE_OF_RESIDENCE,SDG:5", "HIM:STEERING_COMMITTEE", true,
                    Visibility.PUBLIC),
            new Person("mere.tuilagi@example.org", "Mere Tuilagi", "Principal Statistician", 11, "FJ", "en",
                    "DIMENSION:SUBNATIONAL_REGION,THEME:CLIMATE_ENVIRONMENT,SDG:13", "HIM:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("wanjiru.kamau@example.org", "Wanjiru Kamau", "Programme Lead, Urban Health", 12, "KE",
                    "en", "THEME:URBAN_PLANNING,THEME:WATER_SANITATION,SDG:11", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("thabo.nkosi@example.org", "Thabo Nkosi", "Lecturer in Health Economics", 13, "ZA", "en",
                    "DIMENSION:SOCIOECONOMIC_STATUS,THEME:EMPLOYMENT,SDG:8", "HIM:MEMBER", true, Visibility.MEMBERS),
            new Person("somchai.prasert@example.org", "Somchai Prasert", "Senior Advisor, Health Equity", 14, "TH",
                    "en", "THEME:INNOV8,THEME:UNIVERSAL_HEALTH_COVERAGE,SDG:3", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("hamid.rahimi@example.org", "Hamid Rahimi", "Health Information Officer", 0, "AF", "ar,en",
                    "DIMENSION:GENDER_SEX,SDG:3", "GKNHE:MEMBER", false, Visibility.MEMBERS),
            new Person("fatou.ndiaye@example.org", "Fatou Ndiaye", "Conseillère technique, déterminants sociaux", 0,
                    "SN", "fr", "THEME:FOOD_SECURITY,DIMENSION:PLACE_OF_RESIDENCE,SDG:2", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("amadou.traore@example.org", "Amadou Traoré", "Directeur des études", -1, "ML", "fr",
                    "THEME:EDUCATION,DIMENSION:EDUCATION,SDG:4", "GKNHE:MEMBER", true, Visibility.MEMBERS),
            new Person("chipo.moyo@example.org", "Chipo Moyo", "Deputy Director, Policy", -1, "ZW", "en",
                    "THEME:SOCIAL_PROTECTION,DIMENSION:DISABILITY,SDG:1", "GKNHE:MEMBER", true, Visibility.PUBLIC),
            new Person("kebede.alemu@example.org", "Kebede Alemu", "Senior Health Planner", -1, "ET", "en",
                    "THEME:WATER_SANITATION,DIMENSION:PLACE_OF_RESIDENCE,SDG:6", "GKNHE:MEMBER", true,
                    Visibility.MEMBERS),
            new Person("maria.gonzalez@example.org", "María González", "Jefa de Determinantes Sociales", -1, "CL",
                    "es", "THEME:HOUSING,THEME:URBAN_PLANNING,SDG:11", "GKNHE:MEMBER", true, Visibility.PUBLIC),
            new Person("diego.ramirez@example.org", "Diego Ramírez", "Analista de Desigualdades", -1, "PE", "es",
                    "DIMENSION:RACE_ETHNICITY,DIMENSION:PLACE_OF_RESIDENCE,SDG:10", "HIM:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("sarah.thompson@example.org", "Sarah Thompson", "Policy Analyst, Health Equity", -1, "CA",
                    "en,fr", "THEME:HEALTH_IN_ALL_POLICIES,DIMENSION:RACE_ETHNICITY,SDG:10", "GKNHE:MEMBER", true,
                    Visibility.MEMBERS),
            new Person("keisha.brown@example.org", "Keisha Brown", "Director, Health Promotion", -1, "JM", "en",
                    "THEME:EARLY_CHILDHOOD,DIMENSION:AGE,SDG:3", "GKNHE:MEMBER", false, Visibility.MEMBERS),
            new Person("rahim.uddin@example.org", "Rahim Uddin", "Deputy Secretary, Health Services", -1, "BD",
                    "en", "THEME:UNIVERSAL_HEALTH_COVERAGE,DIMENSION:GENDER_SEX,SDG:5", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("nimal.perera@example.org", "Nimal Perera", "Chief Statistician, Health", -1, "LK", "en",
                    "DIMENSION:SUBNATIONAL_REGION,DIMENSION:EDUCATION,SDG:4", "HIM:MEMBER", true, Visibility.PUBLIC),
            new Person("sita.gurung@example.org", "Sita Gurung", "Public Health Administrator", -1, "NP", "en",
                    "THEME:EARLY_CHILDHOOD,DIMENSION:PLACE_OF_RESIDENCE,SDG:3", "GKNHE:MEMBER", true,
                    Visibility.MEMBERS),
            new Person("ayu.lestari@example.org", "Ayu Lestari", "Head of Health Statistics", -1, "ID", "en",
                    "DIMENSION:SOCIOECONOMIC_STATUS,DIMENSION:SUBNATIONAL_REGION,SDG:10", "HIM:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("nguyen.lan@example.org", "Nguyễn Thị Lan", "Researcher, Health Policy", -1, "VN", "en",
                    "THEME:EMPLOYMENT,DIMENSION:OCCUPATION,SDG:8", "HIM:MEMBER", true, Visibility.MEMBERS),
            new Person("kenji.sato@example.org", "Kenji Sato", "Professor of Social Epidemiology", -1, "JP", "en",
                    "DIMENSION:SOCIAL_CAPITAL,DIMENSION:AGE,SDG:3", "HIM:MEMBER", true, Visibility.PUBLIC),
            new Person("grace.tan@example.org", "Grace Tan", "Senior Policy Officer", -1, "AU", "en",
                    "DIMENSION:RACE_ETHNICITY,THEME:HEALTH_IN_ALL_POLICIES,SDG:10", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("elena.petrova@example.org", "Елена Петрова", "Head of Department, Health Statistics", -1,
                    "KZ", "ru,en", "DIMENSION:SOCIOECONOMIC_STATUS,SDG:3", "HIM:MEMBER", true, Visibility.PUBLIC),
            new Person("dmitri.ivanov@example.org", "Дмитрий Иванов", "Advisor, Public Health Policy", -1, "UZ",
                    "ru", "THEME:SOCIAL_PROTECTION,DIMENSION:AGE,SDG:1", "GKNHE:MEMBER", true, Visibility.MEMBERS),
            new Person("marta.kowalska@example.org", "Marta Kowalska", "Health Inequalities Specialist", -1, "PL",
                    "en", "DIMENSION:EDUCATION,DIMENSION:SOCIOECONOMIC_STATUS,SDG:10", "HIM:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("lucas.martin@example.org", "Lucas Martin", "Chargé de mission, santé dans toutes les politiques",
                    -1, "BE", "fr,en", "THEME:HEALTH_IN_ALL_POLICIES,SDG:17", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("youssef.benali@example.org", "Youssef Benali", "Directeur de l’épidémiologie", -1, "MA",
                    "ar,fr", "DIMENSION:PLACE_OF_RESIDENCE,THEME:WATER_SANITATION,SDG:6", "GKNHE:MEMBER", true,
                    Visibility.PUBLIC),
            new Person("noura.alsaadi@example.org", "نورة السعدي", "Health Equity Advisor", -1, "OM", "ar,en",
                    "DIMENSION:GENDER_SEX,THEME:EMPLOYMENT,SDG:5", "GKNHE:MEMBER", true, Visibility.MEMBERS),
            new Person("ahmed.hassan@example.org", "Ahmed Hassan", "Director of Health Information", -1, "EG",
                    "ar,en", "DIMENSION:SUBNATIONAL_REGION,SDG:3", "HIM:MEMBER", true, Visibility.PUBLIC),
            new Person("li.na@example.org", "李娜", "Associate Researcher", 2, "CN", "zh", "DIMENSION:GENDER_SEX,SDG:5",
                    "HIM:MEMBER", false, Visibility.SECRETARIAT),
            new Person("tevita.fifita@example.org", "Tevita Fifita", "Health Planning Officer", -1, "TO", "en",
                    "THEME:CLIMATE_ENVIRONMENT,THEME:FOOD_SECURITY,SDG:13", "GKNHE:MEMBER", true, Visibility.PUBLIC));

    private static final String SECRETARIAT = "secretariat@example.org";

    private final AccountRepository accounts;
    private final AccountRows accountRows;
    private final InstitutionRows institutionRows;
    private final InstitutionAdministration institutions;
    private final ProfileService profiles;
    private final RunAs runAs;
    private final PasswordEncoder passwordEncoder;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoMembers(AccountRepository accounts, AccountRows accountRows, InstitutionRows institutionRows,
            InstitutionAdministration institutions, ProfileService profiles, RunAs runAs,
            PasswordEncoder passwordEncoder, ExchangeProperties properties, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.institutionRows = institutionRows;
        this.institutions = institutions;
        this.profiles = profiles;
        this.runAs = runAs;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoAccounts.enabled(properties, environment) || institutionRows.any()) {
            return;
        }
        // The secretariat keeps the list of institutions, as it would by hand.
        long[] institutionIds = runAs.as(SECRETARIAT, () -> INSTITUTIONS.stream()
                .mapToLong(inst -> institutions.save(null, new InstitutionForm(inst.name(), inst.type(),
                        inst.country(), inst.website().isEmpty() ? null : inst.website(), !inst.him().isEmpty())))
                .toArray());
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        int joinedBefore = 0;
        for (Person person : PEOPLE) {
            Account account = accounts.findByEmailWithRoles(person.email()).orElseGet(() -> {
                Account created = new Account(person.email(), person.name(), hash,
                        Language.ofCode(person.languages().split(",")[0]).orElseThrow(), clock.instant());
                created.confirm(clock.instant());
                created.grant(Role.MEMBER);
                return created;
            });
            List<String[]> memberships = Arrays.stream(person.networks().split(",")).map(m -> m.split(":"))
                    .toList();
            memberships.forEach(m -> account.grant(NetworkRole.valueOf(m[1]).portalRole()));
            long id = accounts.saveAndFlush(account).id();
            // No service makes someone a member without their accepting a mailed invitation; the demo people join
            // directly, through the statement an accepted invitation runs.
            // Joins spread over the last two years, so the dashboards' "members joined" chart has a history.
            Instant joined = clock.instant().minus(Duration.ofDays(12L + 29L * joinedBefore++ % 700));
            memberships.forEach(m -> accountRows.joinOrChangeRole(id, Network.valueOf(m[0]),
                    NetworkRole.valueOf(m[1]), joined));
            Visibility v = person.visibility();
            runAs.run(person.email(), () -> {
                profiles.saveMyProfile(new ProfileForm(person.title(),
                        person.institution() < 0 ? null : institutionIds[person.institution()], person.country(),
                        biography(person), person.inDirectory(), v, v, v, v, v, Visibility.MEMBERS,
                        Arrays.stream(person.languages().split(",")).map(code -> Language.ofCode(code).orElseThrow())
                                .collect(Collectors.toSet()),
                        Set.of(person.expertise().split(",")), Visibility.MEMBERS), -1);
                memberships.forEach(m -> profiles.setMyContactConsent(Network.valueOf(m[0]), v == Visibility.PUBLIC));
            });
        }
        for (String[] applicant : APPLICANTS) {
            if (accounts.findByEmailWithRoles(applicant[0]).isEmpty()) {
                Account account = new Account(applicant[0], applicant[1], hash,
                        Language.ofCode(applicant[2]).orElseThrow(), clock.instant());
                account.confirm(clock.instant());
                account.chooseTimeZone(ZoneId.of(applicant[3]));
                account.grant(Role.APPLICANT);
                accounts.save(account);
            }
        }
        log.info("Seeded {} institutions, {} member profiles and {} applicants", INSTITUTIONS.size(), PEOPLE.size(),
                APPLICANTS.size());
    }

    private static String biography(Person person) {
        String topic = person.expertise().split(",")[0].split(":")[1].toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Works on " + topic + " and on making health data show who is left behind.";
    }
}
