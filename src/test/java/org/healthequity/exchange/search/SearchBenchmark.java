package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search benchmark (not a test: it asserts only that it ran). Generates a corpus of realistic case studies in
 * several languages into PostgreSQL, builds the portal's index from it, loads the same corpus into PostgreSQL
 * full-text search, and measures, alternating the engines, a full search page through the portal's service, the same
 * page directly on Lucene, and in PostgreSQL; then rebuild throughput and edit-to-searchable latency. Run with
 * {@code ./mvnw -Pbench-search verify -Dbench.docs=100000}; the last line it prints is the SEARCH line.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class SearchBenchmark {

    private static final int ROUNDS = 5;
    private static final int WARM_UP = 2;
    private static final int EDITS = 30;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void benchmarkSettings(DynamicPropertyRegistry registry) {
        registry.add("exchange.data-dir", () -> Path.of("target", "bench-data").toAbsolutePath().toString());
        registry.add("exchange.demo-data", () -> "false");
    }

    /** A query of the fixed set, with the filters it runs with. */
    record BenchQuery(String name, String text, Map<String, Set<String>> filters) {
    }

    @Test
    void measure() throws Exception {
        int docs = Integer.getInteger("bench.docs", 100_000);
        Corpus corpus = new Corpus(42);
        long started = System.nanoTime();
        corpus.insert(jdbc, docs);
        report("corpus: %d case studies inserted in %.1f s", docs, seconds(started));

        index.awaitRebuild(3600);
        started = System.nanoTime();
        assertThat(index.startRebuild()).isTrue();
        index.awaitRebuild(3600);
        double rebuildSeconds = seconds(started);
        double rebuildRate = index.documentCount() / rebuildSeconds;
        report("rebuild: %d documents in %.1f s = %.0f docs/s", index.documentCount(), rebuildSeconds, rebuildRate);

        started = System.nanoTime();
        loadPostgresFullText();
        report("postgres full text: tsvector + GIN built in %.1f s", seconds(started));

        List<BenchQuery> queries = List.of(
                new BenchQuery("common", "health", Map.of()),
                new BenchQuery("medium", "resilience", Map.of()),
                new BenchQuery("rare", corpus.rareWord(), Map.of()),
                new BenchQuery("and", "housing health", Map.of()),
                new BenchQuery("or", "resilience OR flood", Map.of()),
                new BenchQuery("phrase", "\"social protection\"", Map.of()),
                new BenchQuery("filtered", "health", Map.of("country", Set.of("KE"))),
                new BenchQuery("filtered2", "housing", Map.of("theme", Set.of("HOUSING"), "region",
                        Set.of("AFR", "WPR"))),
                new BenchQuery("misspelled", "helth", Map.of()));
        List<Double> app = new ArrayList<>();
        List<Double> lucene = new ArrayList<>();
        List<Double> pg = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            boolean measured = round >= WARM_UP;
            for (BenchQuery query : queries) {
                // Alternate which engine goes first, so neither always meets warm caches left by the other.
                List<Runnable> order = new ArrayList<>(List.of(
                        () -> time(measured ? app : null, () -> search.search(new SearchRequest(query.text(),
                                query.filters(), SearchSort.RELEVANCE, 0, 10))),
                        () -> time(measured ? lucene : null, () -> luceneFloor(query)),
                        () -> time(measured ? pg : null, () -> postgresPage(query))));
                Collections.rotate(order, round);
                order.forEach(Runnable::run);
            }
        }
        for (BenchQuery query : queries) {
            report("query %-10s app total=%d", query.name(), search.search(new SearchRequest(query.text(),
                    query.filters(), SearchSort.RELEVANCE, 0, 10)).total());
        }

        List<Double> visible = editToSearchable();

        double appP50 = percentile(app, 50);
        double appP95 = percentile(app, 95);
        double luceneP95 = percentile(lucene, 95);
        double pgP95 = percentile(pg, 95);
        double visibleP95 = percentile(visible, 95);
        report("app     p50=%.1f p95=%.1f ms", appP50, appP95);
        report("lucene  p50=%.1f p95=%.1f ms", percentile(lucene, 50), luceneP95);
        report("pg      p50=%.1f p95=%.1f ms", percentile(pg, 50), pgP95);
        report("visible p50=%.1f p95=%.1f ms", percentile(visible, 50), visibleP95);
        String line = String.format(Locale.ROOT, "SEARCH docs=%d app_p50_ms=%.1f app_p95_ms=%.1f lucene_p95_ms=%.1f "
                + "pg_p95_ms=%.1f app_vs_lucene=%.2f pg_vs_app=%.1f rebuild_docs_per_s=%.0f visible_p95_ms=%.1f",
                docs, appP50, appP95, luceneP95, pgP95, appP95 / luceneP95, pgP95 / appP95, rebuildRate, visibleP95);
        Files.writeString(Path.of("target", "bench-search.txt"), line + "\n", StandardCharsets.UTF_8);
        System.out.println(line);
        assertThat(app).isNotEmpty();
    }

    /** The same page straight on Lucene: one parse, top 10, exact count, all facets, snippets; no portal layers. */
    private void luceneFloor(BenchQuery query) {
        try {
            index.search(searcher -> {
                SimpleQueryParser parser = new SimpleQueryParser(index.analyzers().of(Language.ENGLISH), Map.of(
                        "title_en", 3f, "body_en", 1f));
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                Query text = parser.parse(query.text().replace(" OR ", " | "));
                DrillDownQuery drill = new DrillDownQuery(index.facets().config(), text);
                query.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet, v)));
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, drill, 10,
                        new FacetsCollectorManager());
                var counts = new SortedSetDocValuesFacetCounts(floorState(searcher), result.facetsCollector());
                counts.getAllDims(20);
                UnifiedHighlighter.builder(searcher, index.analyzers().perField()).build()
                        .highlight("body_en", text, result.topDocs());
                return result.topDocs().totalHits.value();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SortedSetDocValuesReaderState floorStateCache;
    private IndexReader floorReader;

    private SortedSetDocValuesReaderState floorState(IndexSearcher searcher) throws IOException {
        if (floorReader != searcher.getIndexReader()) {
            floorReader = searcher.getIndexReader();
            floorStateCache = new DefaultSortedSetDocValuesReaderState(floorReader, index.facets().config());
        }
        return floorStateCache;
    }

    /** The same page in PostgreSQL: ranked top 10 with headlines, exact count, and facet counts by GROUP BY. */
    private void postgresPage(BenchQuery query) {
        StringBuilder where = new StringBuilder(" from bench_fts, websearch_to_tsquery('english', ?) q where tsv @@ q");
        List<Object> args = new ArrayList<>(List.of(query.text()));
        query.filters().forEach((facet, values) -> {
            String column = switch (facet) {
                case "country" -> "countries";
                case "theme" -> "themes";
                case "region" -> "regions";
                default -> throw new IllegalArgumentException(facet);
            };
            where.append(" and ").append(column).append(" && ?::text[]");
            args.add("{" + String.join(",", values) + "}");
        });
        Object[] parameters = args.toArray();
        jdbc.queryForList("select id, title, ts_headline('english', body, q) as snippet, ts_rank(tsv, q) as rank"
                + where + " order by rank desc limit 10", parameters);
        jdbc.queryForObject("select count(*)" + where, Long.class, parameters);
        for (String column : List.of("countries", "regions", "themes", "dimensions", "sdg_targets")) {
            jdbc.queryForList("select v, count(*) from (select unnest(" + column + ") v" + where
                    + ") f group by v", parameters);
        }
        jdbc.queryForList("select language, count(*)" + where + " group by language", parameters);
        jdbc.queryForList("select network, count(*)" + where + " group by network", parameters);
    }

    private void loadPostgresFullText() {
        jdbc.execute("drop table if exists bench_fts");
        jdbc.execute("""
                create table bench_fts as
                select c.id, c.language, c.network, r.title, r.summary || ' ' || r.context || ' ' || r.implementation
                    || ' ' || r.results || ' ' || r.lessons_learned as body, r.countries, r.regions, r.themes,
                    r.dimensions, r.sdg_targets
                from case_study c join case_study_revision r on r.id = c.published_revision_id
                where c.status = 'PUBLISHED'""");
        jdbc.execute("""
                alter table bench_fts add column tsv tsvector""");
        jdbc.execute("""
                update bench_fts set tsv = setweight(to_tsvector(cfg::regconfig, title), 'A')
                    || setweight(to_tsvector(cfg::regconfig, body), 'B')
                from (values ('en', 'english'), ('fr', 'french'), ('es', 'spanish'), ('ru', 'russian'),
                    ('ar', 'simple'), ('zh', 'simple')) as l(code, cfg)
                where bench_fts.language = l.code""");
        jdbc.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
        jdbc.execute("analyze bench_fts");
    }

    /** Edits a published case study and waits until search finds the new word; through the real event path. */
    private List<Double> editToSearchable() throws InterruptedException {
        List<Long> ids = jdbc.queryForList("select id from case_study where status = 'PUBLISHED' order by id limit "
                + EDITS, Long.class);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String token = "zyxedit" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "q";
            long started = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                jdbc.update("update case_study_revision set title = title || ' ' || ? where id = (select "
                        + "published_revision_id from case_study where id = ?)", token, id);
                events.publishEvent(new SearchableChanged("CASE_STUDY", id));
            });
            while (search.search(new SearchRequest(token, Map.of(), SearchSort.RELEVANCE, 0, 1)).total() == 0) {
                if (seconds(started) > 30) {
                    throw new IllegalStateException("edit not searchable after 30 s");
                }
                Thread.sleep(2);
            }
            latencies.add((System.nanoTime() - started) / 1e6);
        }
        return latencies;
    }

    private static void time(List<Double> into, Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        if (into != null) {
            into.add((System.nanoTime() - started) / 1e6);
        }
    }

    private static void time(List<Double> into, Runnable work) {
        time(into, () -> {
            work.run();
            return null;
        });
    }

    static double percentile(List<Double> values, int percentile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("bench: " + String.format(Locale.ROOT, format, args));
    }

    /** A generator of realistic case studies: domain words at realistic frequencies, several languages. */
    static final class Corpus {

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

        private final Random random;
        private final String[] synthetic = new String[SYNTHETIC];
        private final double[] zipf = new double[SYNTHETIC];

        Corpus(long seed) {
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

        void insert(JdbcTemplate jdbc, int count) {
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
}
