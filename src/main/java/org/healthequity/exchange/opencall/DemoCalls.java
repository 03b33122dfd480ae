package org.healthequity.exchange.opencall;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.healthequity.exchange.member.InstitutionAdmitted;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HIM Network's open calls as demo data, seeded once: last year's call, decided (three institutions admitted, one
 * waitlisted, one declined), and this year's call, open for six more weeks with drafts, submissions and reviews in
 * progress. The applicants are the demo applicant accounts of the member module.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoCalls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final ApplicationFiles files;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoCalls(OpenCallRepository calls, CallApplicationRepository applications, CallReviewRepository reviews,
            ApplicationFiles files, JdbcTemplate jdbc, ApplicationEventPublisher events,
            ExchangeProperties properties, Environment environment, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || calls.count() > 0
                || account("reviewer@example.org") == null || account("a.patnaik@example.org") == null) {
            return;
        }
        Instant now = clock.instant();
        int thisYear = LocalDateTime.ofInstant(now, GENEVA).getYear();
        decidedCall(thisYear - 1);
        openCall(thisYear, now);
        log.info("Seeded the HIM Network's open calls {} (decided) and {} (open)", thisYear - 1, thisYear);
    }

    private void decidedCall(int cycle) {
        LocalDateTime opens = LocalDateTime.of(cycle, 2, 3, 9, 0);
        LocalDateTime closes = LocalDateTime.of(cycle, 3, 31, 23, 59);
        OpenCall call = call(cycle, opens, closes, null);
        Instant opened = opens.atZone(GENEVA).toInstant();
        Instant closed = closes.atZone(GENEVA).toInstant();
        call.open(opened);
        call = calls.save(call);
        Instant decided = closed.plus(Duration.ofDays(40));
        var tremblay = submitted(call, "e.tremblay@example.org", "Bruyère Health Research Institute",
                InstitutionType.RESEARCH_INSTITUTE, "CA", opened.plus(Duration.ofDays(20)));
        var martin = submitted(call, "l.martin@example.org",
                "CERPOP, Université de Toulouse III Paul Sabatier", InstitutionType.RESEARCH_INSTITUTE, "FR",
                opened.plus(Duration.ofDays(33)));
        var okello = submitted(call, "n.okello@example.org", "Makerere University School of Public Health",
                InstitutionType.UNIVERSITY, "UG", opened.plus(Duration.ofDays(41)));
        var rahimi = submitted(call, "s.rahimi@example.org",
                "Health Equity Research Center, Tehran University of Medical Sciences", InstitutionType.UNIVERSITY,
                "IR", opened.plus(Duration.ofDays(50)));
        var silva = submitted(call, "r.silva@example.org", "Observatório de Saúde Urbana", InstitutionType.OTHER,
                "BR", opened.plus(Duration.ofDays(55)));
        call.close(closed.plus(Duration.ofMinutes(1)));
        Instant screened = closed.plus(Duration.ofDays(3));
        for (CallApplication a : List.of(tremblay, martin, okello, rahimi, silva)) {
            a.screen(true, null, screened);
        }
        int[][] marks = {{5, 5, 4, 4}, {5, 4, 5, 3}, {4, 5, 5, 5}, {4, 3, 3, 4}, {2, 3, 2, 3}};
        List<CallApplication> all = List.of(tremblay, martin, okello, rahimi, silva);
        String[][] pairs = {{"reviewer@example.org", "ingrid.berg@example.org"},
                {"reviewer@example.org", "omar.siddiqui@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"},
                {"reviewer@example.org", "ingrid.berg@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"}};
        for (int i = 0; i < all.size(); i++) {
            for (int r = 0; r < 2; r++) {
                int[] m = marks[i].clone();
                if (r == 1) {
                    m[0] = Math.max(1, m[0] - (i % 2));
                }
                review(all.get(i), pairs[i][r], m, screened.plus(Duration.ofDays(1)),
                        screened.plus(Duration.ofDays(10 + r)));
            }
        }
        long secretariat = account("secretariat@example.org");
        for (CallApplication a : List.of(tremblay, martin, okello)) {
            a.decide(Decision.ACCEPT, null, secretariat, decided);
            events.publishEvent(new InstitutionAdmitted(a.id(), Network.HIM.name(), a.applicantId(),
                    a.institutionName(), a.institutionType().name(), a.country(), decided));
        }
        rahimi.decide(Decision.WAITLIST, "Next place that frees up", secretariat, decided);
        silva.decide(Decision.DECLINE, "Not a research or governmental institution", secretariat, decided);
        call.markDecided(0, decided.plus(Duration.ofDays(1)));
    }

    private void openCall(int cycle, Instant now) {
        LocalDateTime today = LocalDateTime.ofInstant(now, GENEVA).truncatedTo(ChronoUnit.DAYS);
        LocalDateTime opens = today.minusDays(30).withHour(9);
        LocalDateTime closes = today.plusDays(45).withHour(23).withMinute(59);
        OpenCall call = calls.save(call(cycle, opens, closes, calls.findAll().stream().findFirst()
                .map(OpenCall::id).orElse(null)));
        call.open(opens.atZone(GENEVA).toInstant());
        Instant started = opens.atZone(GENEVA).toInstant().plus(Duration.ofDays(5));
        var patnaik = submitted(call, "a.patnaik@example.org",
                "ICMR Regional Medical Research Centre, Bhubaneswar", InstitutionType.RESEARCH_INSTITUTE, "IN",
                started.plus(Duration.ofDays(4)));
        submitted(call, "j.becker@example.org", "School of Public Health, Bielefeld University",
                InstitutionType.UNIVERSITY, "DE", started.plus(Duration.ofDays(12)));
        var lam = submitted(call, "k.lam@example.org", "School of Public Health, The University of Hong Kong",
                InstitutionType.UNIVERSITY, "CN", started.plus(Duration.ofDays(15)));
        draft(call, "applicant@example.org", "Jordan University of Science and Technology",
                InstitutionType.UNIVERSITY, "JO", started.plus(Duration.ofDays(18)));
        draft(call, "t.nguyen@example.org", "Hanoi University of Public Health", InstitutionType.UNIVERSITY, "VN",
                started.plus(Duration.ofDays(20)));
        Instant screened = started.plus(Duration.ofDays(16));
        patnaik.screen(true, null, screened);
        lam.screen(true, null, screened);
        review(patnaik, "reviewer@example.org", new int[] {4, 5, 4, 5}, screened, screened.plus(Duration.ofDays(2)));
        review(patnaik, "ingrid.berg@example.org", null, screened, null);
        review(lam, "reviewer@example.org", null, screened, null);
        review(lam, "omar.siddiqui@example.org", null, screened, null);
    }

    private OpenCall call(int cycle, LocalDateTime opens, LocalDateTime closes, Long clonedFrom) {
        OpenCall call = new OpenCall(Network.HIM, cycle, clonedFrom, opens.atZone(GENEVA).toInstant()
                .minus(Duration.ofDays(14)));
        CallForm form = new CallForm(Network.HIM, cycle,
                "Health Inequality Monitoring Network: Open Call for Applications " + cycle,
                DESCRIPTION, TERMS, GENEVA.getId(), opens, closes, definition());
        call.update(form, opens.atZone(GENEVA).toInstant(), closes.atZone(GENEVA).toInstant(),
                opens.atZone(GENEVA).toInstant().minus(Duration.ofDays(14)));
        call.termsPdf(files.storeTerms(pdf("Health Inequality Monitoring Network - Terms of Reference",
                "Open Call for Applications " + cycle)));
        return call;
    }

    private CallApplication submitted(OpenCall call, String email, String institution, InstitutionType type,
            String country, Instant at) {
        CallApplication application = draft(call, email, institution, type, country, at.minus(Duration.ofDays(2)));
        application.saveAnswers(answers(institution, true), at);
        files.add(application.id(), "cv", "curriculum-vitae.pdf", pdf("Curriculum vitae", institution),
                AttachmentRules.DEFAULT, at);
        application.submit(at);
        return application;
    }

    private CallApplication draft(OpenCall call, String email, String institution, InstitutionType type,
            String country, Instant at) {
        String region = jdbc.queryForObject("select region from country where iso2 = ?", String.class, country);
        CallApplication application = new CallApplication(call.id(), account(email), new EligibilityAnswers(
                institution, type, country, Set.of("expertise", "participation", "independence")), region, at);
        application.saveAnswers(answers(institution, false), at);
        return applications.saveAndFlush(application);
    }

    private void review(CallApplication application, String reviewer, int[] marks, Instant assigned,
            Instant submitted) {
        CallReview review = new CallReview(application.id(), account(reviewer), null,
                account("secretariat@example.org"), assigned);
        if (marks != null) {
            String[] keys = {"expertise", "relevance", "contribution", "diversity"};
            String[] comments = {"Long record of national inequality reports.", "Directly relevant to the Network.",
                    "Concrete offer of training and tools.", "Adds a region the Network lacks."};
            Map<String, Scores.Score> scores = new java.util.LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                scores.put(keys[i], new Scores.Score(marks[i], comments[i]));
            }
            review.saveScores(new Scores(scores));
            if (submitted != null) {
                review.submit(submitted);
            }
        }
        reviews.save(review);
    }

    private static Answers answers(String institution, boolean complete) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        values.put("unit", List.of("Department of Epidemiology and Health Statistics"));
        values.put("expertise", List.of(institution + " has produced disaggregated analyses of national health "
                + "surveys for more than ten years, by wealth quintile, education, sex and place of residence, and "
                + "publishes an annual report on the state of health inequality in the country."));
        if (complete) {
            values.put("contribution", List.of("We would share our analysis code and training material, co-lead a "
                    + "technical working group on small-area estimation, and host one regional workshop."));
            values.put("mandate", List.of("academic"));
            values.put("dimensions", List.of("economic", "education", "sex", "place"));
        }
        return new Answers(values);
    }

    private Long account(String email) {
        return jdbc.query("select id from account where lower(email) = lower(?)", rs -> rs.next() ? rs.getLong(1)
                : null, email);
    }

    static byte[] pdf(String title, String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                content.newLineAtOffset(72, 720);
                content.showText(title);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(0, -24);
                content.showText(line.replaceAll("[^\\x20-\\x7E]", "?"));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Texts t(String en, String fr, String es, String ar, String zh, String ru) {
        return new Texts(Map.of("en", en, "fr", fr, "es", es, "ar", ar, "zh", zh, "ru", ru));
    }

    static CallDefinition definition() {
        var eligibility = new CallDefinition.Eligibility(Set.of(InstitutionType.UNIVERSITY,
                InstitutionType.RESEARCH_INSTITUTE, InstitutionType.STATISTICS_OFFICE,
                InstitutionType.PUBLIC_HEALTH_AGENCY, InstitutionType.MINISTRY), Set.of(), Set.of(), List.of(
                new Declaration("expertise", t(
                        "Our institution has demonstrated expertise in health inequality monitoring or a closely related field.",
                        "Notre institution a une expertise avérée du suivi des inégalités en santé ou d’un domaine proche.",
                        "Nuestra institución tiene experiencia demostrada en el monitoreo de las desigualdades en salud o en un campo afín.",
                        "تتمتع مؤسستنا بخبرة مثبتة في رصد أوجه عدم المساواة في الصحة أو في مجال وثيق الصلة.",
                        "本机构在健康不平等监测或密切相关领域具有公认的专长。",
                        "Наше учреждение обладает подтвержденным опытом мониторинга неравенств в отношении здоровья или в смежной области.")),
                new Declaration("participation", t(
                        "We will take part in the Network’s meetings and activities for at least two years.",
                        "Nous participerons aux réunions et activités du Réseau pendant au moins deux ans.",
                        "Participaremos en las reuniones y actividades de la Red durante al menos dos años.",
                        "سنشارك في اجتماعات الشبكة وأنشطتها لمدة سنتين على الأقل.",
                        "我们将至少在两年内参加网络的会议和活动。",
                        "Мы будем участвовать в совещаниях и мероприятиях Сети не менее двух лет.")),
                new Declaration("independence", t(
                        "We have no ties to the tobacco or arms industries.",
                        "Nous n’avons aucun lien avec l’industrie du tabac ou de l’armement.",
                        "No tenemos vínculos con la industria tabacalera ni con la de armamento.",
                        "ليست لدينا أي صلات بصناعة التبغ أو الأسلحة.",
                        "我们与烟草或军火行业没有任何联系。",
                        "У нас нет связей с табачной промышленностью или производителями оружия."))));
        List<Question> questions = List.of(
                new Question("unit", QuestionKind.SHORT_TEXT, true, 0, t("Unit or department applying",
                        "Unité ou département candidat", "Unidad o departamento solicitante", "الوحدة أو الإدارة المتقدمة",
                        "申请单位或部门", "Подразделение или отдел, подающий заявку"), Texts.empty(), List.of()),
                new Question("expertise", QuestionKind.LONG_TEXT, true, 300, t(
                        "Your expertise in health inequality monitoring", "Votre expertise du suivi des inégalités en santé",
                        "Su experiencia en el monitoreo de las desigualdades en salud",
                        "خبرتكم في رصد أوجه عدم المساواة في الصحة", "贵机构在健康不平等监测方面的专长",
                        "Ваш опыт мониторинга неравенств в отношении здоровья"), t(
                        "Reports, data systems, analyses and training of the last five years.",
                        "Rapports, systèmes de données, analyses et formations des cinq dernières années.",
                        "Informes, sistemas de datos, análisis y capacitación de los últimos cinco años.",
                        "التقارير ونظم البيانات والتحليلات والتدريب خلال السنوات الخمس الماضية.",
                        "过去五年的报告、数据系统、分析和培训。",
                        "Доклады, системы данных, аналитика и обучение за последние пять лет."), List.of()),
                new Question("contribution", QuestionKind.LONG_TEXT, true, 250, t(
                        "What you would contribute to the Network", "Votre contribution au Réseau",
                        "Lo que aportaría a la Red", "ما ستسهمون به في الشبكة", "贵机构将为网络作出的贡献",
                        "Ваш вклад в работу Сети"), Texts.empty(), List.of()),
                new Question("mandate", QuestionKind.SINGLE_CHOICE, true, 0, t("Your institution’s mandate",
                        "Le mandat de votre institution", "El mandato de su institución", "ولاية مؤسستكم",
                        "贵机构的职能", "Мандат вашего учреждения"), Texts.empty(), List.of(
                        new Choice("academic", t("Academic or research", "Universitaire ou de recherche",
                                "Académico o de investigación", "أكاديمية أو بحثية", "学术或研究",
                                "Академический или исследовательский")),
                        new Choice("government", t("Governmental, with a technical mandate",
                                "Gouvernemental, avec un mandat technique", "Gubernamental, con un mandato técnico",
                                "حكومية، ذات ولاية تقنية", "政府机构，具有技术职能",
                                "Государственный, с техническим мандатом")))),
                new Question("dimensions", QuestionKind.MULTIPLE_CHOICE, false, 0, t(
                        "Inequality dimensions you monitor", "Dimensions d’inégalité que vous suivez",
                        "Dimensiones de desigualdad que monitorea", "أبعاد عدم المساواة التي ترصدونها",
                        "贵机构监测的不平等维度", "Измерения неравенства, которые вы отслеживаете"),
                        Texts.empty(), List.of(
                        new Choice("economic", t("Economic status", "Situation économique", "Situación económica",
                                "الوضع الاقتصادي", "经济状况", "Экономическое положение")),
                        new Choice("education", t("Education", "Éducation", "Educación", "التعليم", "教育",
                                "Образование")),
                        new Choice("sex", t("Sex and gender", "Sexe et genre", "Sexo y género", "الجنس والنوع الاجتماعي",
                                "性别", "Пол и гендер")),
                        new Choice("place", t("Place of residence", "Lieu de résidence", "Lugar de residencia",
                                "مكان الإقامة", "居住地", "Место проживания")),
                        new Choice("disability", t("Disability", "Handicap", "Discapacidad", "الإعاقة", "残疾",
                                "Инвалидность")))),
                new Question("cv", QuestionKind.FILE, true, 0, t("Curriculum vitae of your representative",
                        "Curriculum vitae de votre représentant", "Currículum de su representante",
                        "السيرة الذاتية لممثلكم", "贵机构代表的简历", "Резюме вашего представителя"),
                        t("PDF or Word, up to 10 MB.", "PDF ou Word, 10 Mo au plus.", "PDF o Word, hasta 10 MB.",
                                "بصيغة PDF أو Word، بحد أقصى 10 ميغابايت.", "PDF 或 Word 格式，不超过 10 MB。",
                                "PDF или Word, не более 10 МБ."), List.of()),
                new Question("letter", QuestionKind.FILE, false, 0, t("Letter of support from the head of institution",
                        "Lettre de soutien du chef de l’institution", "Carta de apoyo de la dirección de la institución",
                        "رسالة دعم من رئيس المؤسسة", "机构负责人的支持信", "Письмо поддержки от руководителя учреждения"),
                        Texts.empty(), List.of()));
        List<Criterion> rubric = List.of(
                new Criterion("expertise", 40, 1, 5, t("Technical expertise", "Expertise technique",
                        "Experiencia técnica", "الخبرة التقنية", "技术专长", "Техническая экспертиза"), t(
                        "5: recognised national or international reference; 1: no record.",
                        "5 : référence nationale ou internationale reconnue ; 1 : aucune réalisation.",
                        "5: referencia nacional o internacional reconocida; 1: sin antecedentes.",
                        "5: مرجع وطني أو دولي معترف به؛ 1: لا سجل.", "5：公认的国家或国际权威；1：无相关记录。",
                        "5: признанный национальный или международный авторитет; 1: нет опыта.")),
                new Criterion("relevance", 30, 1, 5, t("Relevance to the Network’s purpose",
                        "Pertinence pour la mission du Réseau", "Pertinencia para el propósito de la Red",
                        "الصلة بغرض الشبكة", "与网络宗旨的相关性", "Соответствие целям Сети"), Texts.empty()),
                new Criterion("contribution", 20, 1, 5, t("Expected contribution", "Contribution attendue",
                        "Contribución prevista", "المساهمة المتوقعة", "预期贡献", "Ожидаемый вклад"), Texts.empty()),
                new Criterion("diversity", 10, 1, 5, t("Geographic and institutional diversity",
                        "Diversité géographique et institutionnelle", "Diversidad geográfica e institucional",
                        "التنوع الجغرافي والمؤسسي", "地域和机构多样性", "Географическое и институциональное разнообразие"),
                        Texts.empty()));
        return new CallDefinition(eligibility, questions, AttachmentRules.DEFAULT, rubric);
    }

    private static final String DESCRIPTION = """
            The Health Inequality Monitoring (HIM) Network is a WHO-led initiative that promotes health inequality \
            monitoring at global, regional and country levels: raising awareness, strengthening capacities, \
            developing tools and sharing best practice.

            Academic institutes with demonstrated expertise in health inequality monitoring or closely related \
            fields, and governmental agencies with a technical mandate linked to it, are invited to apply.""";

    private static final String TERMS = """
            **Purpose.** The Network supports Member States with the monitoring of health inequalities.

            **Governance.** WHO serves as the Secretariat and selects participants; the Steering Committee advises.

            **Expectations.** Members take part in Network meetings, contribute to products and share data tools, \
            for a renewable term of two years.""";
}
