package org.healthequity.exchange.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search benchmark's corpus, generated into PostgreSQL through the tables the modules' search sources read: case
 * studies and working-group content (threads with their opening post, replies, documents with their latest version's
 * text) in the proportions of a portal that has run for some years: 35 % case studies, 8 % threads, 52 % replies, 5 %
 * documents. Domain words at realistic frequencies, the rest from a Zipf vocabulary, in six languages. Group content
 * is spread over 40 groups: 60 % public, 25 % for their network's members, 15 % private.
 */
final class BenchmarkCorpus {

    private static final String[] EN = ("health equity housing sanitation water education social protection "
            + "community primary care women children income poverty district national ministry programme policy "
            + "inequality inequalities monitoring data survey rural urban households services access coverage "
            + "nutrition school employment workers migrants disability indigenous gender income quintile region "
            + "evaluation results implementation stakeholders sustainability lessons learned intersectoral "
            + "action determinants government municipal local partners civil society funding budget reform "
            + "vaccination maternal mortality clinics outreach transport climate heat flood resilience islands")
            .split(" ");
    private static final String[] FR = ("santé équité logement assainissement eau éducation protection sociale "
            + "communauté soins primaires femmes enfants revenu pauvreté district ministère programme politique "
            + "inégalités suivi données enquête rural urbain ménages services accès couverture nutrition école")
            .split(" ");
    private static final String[] ES = ("salud equidad vivienda saneamiento agua educación protección social "
            + "comunidad atención primaria mujeres niños ingresos pobreza distrito ministerio programa política "
            + "desigualdades monitoreo datos encuesta rural urbano hogares servicios acceso cobertura nutrición")
            .split(" ");
    private static final String[] RU = ("здоровье равенство жилье санитария вода образование социальная защита "
            + "сообщество помощь женщины дети доход бедность район министерство программа политика неравенство "
            + "мониторинг данные обследование сельский городской домохозяйства услуги доступ охват").split(" ");
    private static final String[] AR = ("الصحة الإنصاف الإسكان الصرف المياه التعليم الحماية الاجتماعية المجتمع "
            + "الرعاية الأولية النساء الأطفال الدخل الفقر المنطقة الوزارة البرنامج السياسة عدم المساواة الرصد "
            + "البيانات المسح الريفية الحضرية الأسر الخدمات").split(" ");
    private static final String[] ZH = ("健康 公平 住房 卫生 饮水 教育 社会 保护 社区 初级 保健 妇女 儿童 收入 贫困 地区 "
            + "政府 项目 政策 不平等 监测 数据 调查 农村 城市 家庭 服务 获得 覆盖").split(" ");
    private static final String[] COUNTRIES = {"KE", "BR", "IN", "FJ", "TO", "FR", "MX", "GH", "TH", "NO", "JO",
        "MA", "CN", "KZ", "PE", "ZA", "ET", "BD", "CL", "PL"};
    private static final String[] REGIONS = {"AFR", "AMR", "SEAR", "WPR", "WPR", "EUR", "AMR", "AFR", "SEAR",
        "EUR", "EMR", "EMR", "WPR", "EUR", "AMR", "AFR", "AFR", "SEAR", "AMR", "EUR"};
    private static final String[] THEMES = {"HOUSING", "EMPLOYMENT", "SOCIAL_PROTECTION", "EDUCATION",
        "EARLY_CHILDHOOD", "FOOD_SECURITY", "WATER_SANITATION", "URBAN_PLANNING", "CLIMATE_ENVIRONMENT",
        "UNIVERSAL_HEALTH_COVERAGE", "HEALTH_IN_ALL_POLICIES", "INNOV8"};
    private static final String[] DIMENSIONS = {"PLACE_OF_RESIDENCE", "GENDER_SEX", "EDUCATION",
        "SOCIOECONOMIC_STATUS", "AGE", "DISABILITY"};
    private static final String[] TARGETS = {"3.8", "3.1", "3.2", "1.3", "10.2", "11.1", "6.1", "4.2", "5.1"};
    private static final int SYNTHETIC = 20_000;
    private static final int GROUPS = 40;

    private final Random random;
    private final String[] synthetic = new String[SYNTHETIC];
    private final double[] zipf = new double[SYNTHETIC];

    BenchmarkCorpus(long seed) {
        random = new Random(seed);
        String syllables = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no "
                + "nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu";
        String[] parts = syllables.split(" ");
        double total = 0;
        for (int i = 0; i < SYNTHETIC; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(3);
            for (int s = 0; s < length; s++) {
                word.append(parts[random.nextInt(parts.length)]);
            }
            synthetic[i] = word.toString();
            total += 1.0 / (i + 1);
            zipf[i] = total;
        }
        for (int i = 0; i < SYNTHETIC; i++) {
            zipf[i] /= total;
        }
    }

    /** A word of the synthetic vocabulary that occurs in few documents. */
    String rareWord() {
        return synthetic[SYNTHETIC - 7];
    }

    /** {@code count} items in the corpus's proportions; returns how many of each kind, for the report. */
    String insert(JdbcTemplate jdbc, int count) {
        int caseStudies = count * 35 / 100;
        int documents = count * 5 / 100;
        int threads = count * 8 / 100;
        int replies = count - caseStudies - documents - threads;
        insertCaseStudies(jdbc, caseStudies);
        insertGroupContent(jdbc, threads, replies, documents);
        // Statistics now, as autovacuum would in time: without them the planner joins a million posts to their
        // threads by a nested loop over every pair.
        jdbc.execute("analyze");
        return "%d case studies, %d threads, %d replies, %d group documents".formatted(caseStudies, threads, replies,
                documents);
    }

    private void insertCaseStudies(JdbcTemplate jdbc, int count) {
        Instant now = Instant.now();
        int batch = 500;
        for (int start = 0; start < count; start += batch) {
            int size = Math.min(batch, count - start);
            List<Object[]> caseStudies = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                caseStudies.add(new Object[] {language(), random.nextBoolean() ? "GKNHE" : "HIM",
                    Timestamp.from(now.minusSeconds(random.nextInt(5 * 365 * 86400)))});
            }
            List<Long> ids = new ArrayList<>(size);
            for (Object[] row : caseStudies) {
                ids.add(jdbc.queryForObject("insert into case_study (network, language, status, created_at,"
                        + " published_at, first_published_at) values (?, ?, 'DRAFT', ?, ?, ?) returning id",
                        Long.class, row[1], row[0], row[2], row[2], row[2]));
            }
            List<Object[]> revisions = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String language = (String) caseStudies.get(i)[0];
                int c = random.nextInt(COUNTRIES.length);
                int year = 2008 + random.nextInt(17);
                revisions.add(new Object[] {ids.get(i), language, caseStudies.get(i)[1], title(language),
                    text(language, 40, 60), text(language, 60, 300), text(language, 60, 600),
                    text(language, 60, 700), text(language, 40, 500), text(language, 40, 400),
                    "{" + COUNTRIES[c] + "}", "{" + REGIONS[c] + "}", year, year + random.nextInt(5),
                    "{" + pick(THEMES) + "," + pick(THEMES) + "}", "{" + pick(DIMENSIONS) + "}",
                    "{" + pick(TARGETS) + "}", caseStudies.get(i)[2]});
            }
            jdbc.batchUpdate("""
                    insert into case_study_revision (case_study_id, number, status, language, network, title,
                        summary, context, implementation, results, objectives, lessons_learned, countries, regions,
                        year_from, year_to, themes, dimensions, sdg_targets, created_at, updated_at)
                    values (?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?::text[],
                        ?::text[], ?::text[], ?, ?)""", revisions.stream().map(r -> {
                        Object[] withUpdated = Arrays.copyOf(r, r.length + 1);
                        withUpdated[r.length] = r[r.length - 1];
                        return withUpdated;
                    }).toList());
            jdbc.update("update case_study c set status = 'PUBLISHED', published_revision_id = r.id from "
                    + "case_study_revision r where r.case_study_id = c.id and c.id between ? and ?",
                    ids.getFirst(), ids.getLast());
        }
    }

    /**
     * Groups, their threads (each with its opening post), replies spread over the threads, and documents with one
     * version whose text was extracted. Each item's language is kept in {@code bench_language} for the PostgreSQL side,
     * since group content records none (the portal guesses it from the text).
     */
    private void insertGroupContent(JdbcTemplate jdbc, int threads, int replies, int documents) {
        Instant now = Instant.now();
        jdbc.execute("drop table if exists bench_language");
        jdbc.execute("create table bench_language (kind varchar(10), id bigint, language varchar(5), "
                + "primary key (kind, id))");
        long author = jdbc.queryForObject("insert into account (email, display_name, password_hash, status, "
                + "created_at) values ('bench-author@example.org', 'Bench Author', '-', 'ACTIVE', ?) returning id",
                Long.class, Timestamp.from(now));
        List<Long> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            String visibility = g < GROUPS * 60 / 100 ? "PUBLIC" : g < GROUPS * 85 / 100 ? "NETWORK" : "PRIVATE";
            groups.add(jdbc.queryForObject("""
                    insert into work_group (slug, name, purpose, network, visibility, join_policy, status,
                        proposed_by, created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'OPEN', 'ACTIVE', ?, ?, ?) returning id""", Long.class, "bench-" + g,
                    "Bench group " + g, text("en", 20, 40), g % 2 == 0 ? "GKNHE" : "HIM", visibility, author,
                    Timestamp.from(now), Timestamp.from(now)));
        }
        List<Long> threadIds = new ArrayList<>(threads);
        List<Long> threadGroups = new ArrayList<>(threads);
        List<Object[]> languages = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String language = language();
            long group = groups.get(random.nextInt(groups.size()));
            Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(5 * 365 * 86400)));
            long thread = jdbc.queryForObject("""
                    insert into work_group_thread (group_id, title, author_id, created_at, last_post_at)
                    values (?, ?, ?, ?, ?) returning id""", Long.class, group, title(language), author, at, at);
            jdbc.update("insert into work_group_post (thread_id, group_id, author_id, body, created_at) "
                    + "values (?, ?, ?, ?, ?)", thread, group, author, text(language, 50, 400), at);
            threadIds.add(thread);
            threadGroups.add(group);
            languages.add(new Object[] {"THREAD", thread, language});
            flushLanguages(jdbc, languages, 500);
        }
        List<Object[]> posts = new ArrayList<>();
        for (int r = 0; r < replies; r++) {
            int t = random.nextInt(threadIds.size());
            Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(5 * 365 * 86400)).plusSeconds(3600));
            String language = language();
            posts.add(new Object[] {threadIds.get(t), threadGroups.get(t), text(language, 20, 300), at, language});
            if (posts.size() == 500 || r == replies - 1) {
                insertReplies(jdbc, author, posts, languages);
                flushLanguages(jdbc, languages, 1);
                posts.clear();
            }
        }
        for (int d = 0; d < documents; d++) {
            String language = language();
            long group = groups.get(random.nextInt(groups.size()));
            Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(5 * 365 * 86400)));
            long document = jdbc.queryForObject("""
                    insert into work_group_document (group_id, title, folder, created_by, created_at, updated_at)
                    values (?, ?, 'Reports', ?, ?, ?) returning id""", Long.class, group, title(language), author,
                    at, at);
            jdbc.update("""
                    insert into work_group_document_version (document_id, number, stored_name, file_name, media_type,
                        size_bytes, uploaded_by, uploaded_at, extracted_text)
                    values (?, 1, ?, 'report.pdf', 'application/pdf', 1, ?, ?, ?)""", document, "bench-" + document,
                    author, at, text(language, 200, 2000));
            languages.add(new Object[] {"DOCUMENT", document, language});
            flushLanguages(jdbc, languages, 500);
        }
        flushLanguages(jdbc, languages, 1);
    }

    /** One statement for a batch of replies that returns their ids in order, so that each keeps its language. */
    private static void insertReplies(JdbcTemplate jdbc, long author, List<Object[]> posts, List<Object[]> languages) {
        List<Long> ids = jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into work_group_post (thread_id, group_id, author_id, body, created_at)
                    select t, g, ?, b, c from unnest(?::bigint[], ?::bigint[], ?::text[], ?::timestamptz[])
                        with ordinality as r(t, g, b, c, n) order by n returning id""")) {
                insert.setLong(1, author);
                insert.setArray(2, connection.createArrayOf("bigint", posts.stream().map(p -> p[0]).toArray()));
                insert.setArray(3, connection.createArrayOf("bigint", posts.stream().map(p -> p[1]).toArray()));
                insert.setArray(4, connection.createArrayOf("text", posts.stream().map(p -> p[2]).toArray()));
                insert.setArray(5, connection.createArrayOf("timestamptz", posts.stream().map(p -> p[3]).toArray()));
                List<Long> returned = new ArrayList<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        returned.add(rows.getLong(1));
                    }
                }
                return returned;
            }
        });
        for (int i = 0; i < posts.size(); i++) {
            languages.add(new Object[] {"POST", ids.get(i), posts.get(i)[4]});
        }
    }

    private static void flushLanguages(JdbcTemplate jdbc, List<Object[]> languages, int atLeast) {
        if (languages.size() >= atLeast) {
            jdbc.batchUpdate("insert into bench_language (kind, id, language) values (?, ?, ?)", languages);
            languages.clear();
        }
    }

    private String language() {
        int roll = random.nextInt(100);
        return roll < 60 ? "en" : roll < 75 ? "fr" : roll < 90 ? "es" : roll < 94 ? "ar" : roll < 97 ? "zh" : "ru";
    }

    private String title(String language) {
        return text(language, 6, 12).replace(".", "");
    }

    /** Between min and max words: domain words about one in four, the rest from the Zipf vocabulary. */
    private String text(String language, int min, int max) {
        String[] domain = switch (language) {
            case "fr" -> FR;
            case "es" -> ES;
            case "ru" -> RU;
            case "ar" -> AR;
            case "zh" -> ZH;
            default -> EN;
        };
        int words = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            String word;
            if (language.equals("en") && random.nextInt(60) == 0) {
                word = "social protection";
            } else if (random.nextInt(4) == 0) {
                word = domain[(int) Math.min(domain.length - 1, Math.abs(random.nextGaussian()) * domain.length
                        / 3)];
            } else {
                int rank = Arrays.binarySearch(zipf, random.nextDouble());
                word = synthetic[Math.min(SYNTHETIC - 1, rank < 0 ? -rank - 1 : rank)];
            }
            text.append(word).append(language.equals("zh") ? "" : " ");
            if (random.nextInt(15) == 0) {
                text.append(language.equals("zh") ? "。" : ". ");
            }
        }
        return text.toString().strip();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
