package org.healthequity.exchange.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo world of the members directory, seeded once after the demo accounts: institutions in all six WHO regions
 * (HIM members among them), about forty people in both networks, most in the directory with mixed visibilities, a few
 * deliberately not.
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

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoMembers(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, ExchangeProperties properties,
            Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from institution", Long.class);
        if (!DemoAccounts.enabled(properties, environment) || (existing != null && existing > 0)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        long[] institutionIds = new long[INSTITUTIONS.size()];
        for (int i = 0; i < INSTITUTIONS.size(); i++) {
            Inst inst = INSTITUTIONS.get(i);
            institutionIds[i] = jdbc.queryForObject("""
                    insert into institution (name, type, country, website, created_at) values (?, ?, ?, ?, ?)
                    returning id""", Long.class, inst.name(), inst.type().name(), inst.country(),
                    inst.website().isEmpty() ? null : inst.website(), now);
            if (!inst.him().isEmpty()) {
                jdbc.update("insert into institution_network (institution_id, network, since) values (?, 'HIM', ?)",
                        institutionIds[i], java.sql.Date.valueOf("2023-06-01"));
            }
        }
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        for (Person person : PEOPLE) {
            Long id = jdbc.query("select id from account where lower(email) = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, person.email());
            if (id == null) {
                id = jdbc.queryForObject("""
                        insert into account (email, display_name, password_hash, status, preferred_language,
                                             created_at, confirmed_at)
                        values (?, ?, ?, 'ACTIVE', ?, ?, ?) returning id""", Long.class, person.email(),
                        person.name(), hash, person.languages().split(",")[0], now, now);
                jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, Role.MEMBER.name());
            }
            Visibility v = person.visibility();
            jdbc.update("""
                    insert into profile (account_id, title, institution_id, country, biography, in_directory,
                        title_visibility, institution_visibility, country_visibility, languages_visibility,
                        expertise_visibility, biography_visibility, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEMBERS', ?)""", id, person.title(),
                    person.institution() < 0 ? null : institutionIds[person.institution()], person.country(),
                    biography(person), person.inDirectory(), v.name(), v.name(), v.name(), v.name(), v.name(), now);
            for (String language : person.languages().split(",")) {
                jdbc.update("insert into profile_language (account_id, language) values (?, ?)", id, language);
            }
            for (String code : person.expertise().split(",")) {
                jdbc.update("insert into profile_expertise (account_id, code) values (?, ?)", id, code);
            }
            for (String membership : person.networks().split(",")) {
                String[] parts = membership.split(":");
                jdbc.update("""
                        insert into network_membership (account_id, network, role, consent_directory,
                            consent_contact, joined_at) values (?, ?, ?, ?, ?, ?)""", id, parts[0], parts[1],
                        person.inDirectory(), v == Visibility.PUBLIC, now);
                jdbc.update("insert into account_role (account_id, role) values (?, ?) on conflict do nothing", id,
                        NetworkRole.valueOf(parts[1]).portalRole().name());
            }
        }
        for (String[] applicant : APPLICANTS) {
            Long exists = jdbc.query("select id from account where lower(email) = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, applicant[0]);
            if (exists == null) {
                Long id = jdbc.queryForObject("""
                        insert into account (email, display_name, password_hash, status, preferred_language,
                                             time_zone, created_at, confirmed_at)
                        values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?) returning id""", Long.class, applicant[0],
                        applicant[1], hash, applicant[2], applicant[3], now, now);
                jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, Role.APPLICANT.name());
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
