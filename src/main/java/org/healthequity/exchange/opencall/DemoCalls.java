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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionAdmitted;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HIM Network's open calls as demo data, seeded once: last year's call, decided (three institutions admitted, one
 * waitlisted, one declined), and this year's call, open for six more weeks with drafts, submissions and reviews in
 * progress. The applicants are the demo applicant accounts of the member module.
 * <p>
 * Each step goes through the module's services as the demo person who would take it (ADR 0015): the secretariat
 * creates, clones, opens, closes, screens, assigns and marks decided; applicants start their applications, save their
 * answers and attach their files; a reviewer scores and submits. What no service can express is the module's seeding
 * hook below, written with the entities (and {@link CallRecords#dateDemoReview} for this year's reviews, made through
 * the services and dated afterwards): a call that opened last year (the service refuses to open a call whose
 * deadline has passed), applications submitted and reviewed on past days (the services stamp the clock's now, and
 * submitting through {@link ApplicationSubmission} would mail the demo applicants, who get none), and last year's
 * decisions (deciding through {@link CallDecisions} mails the applicant).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoCalls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String[] CRITERIA = {"expertise", "relevance", "contribution", "diversity"};
    private static final String[] COMMENTS = {"Long record of national inequality reports.",
            "Directly relevant to the Network.", "Concrete offer of training and tools.",
            "Adds a region the Network lacks."};

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final ApplicationFiles files;
    private final CallRecords records;
    private final CallAdministration administration;
    private final ApplicationSubmission submission;
    private final ReviewAssignment assignment;
    private final Reviewing reviewing;
    private final Countries countries;
    private final RunAs runAs;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoCalls(OpenCallRepository calls, CallApplicationRepository applications, CallReviewRepository reviews,
            ApplicationFiles files, CallRecords records, CallAdministration administration,
            ApplicationSubmission submission, ReviewAssignment assignment, Reviewing reviewing, Countries countries,
            RunAs runAs, ApplicationEventPublisher events, ExchangeProperties properties, Environment environment,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.files = files;
        this.records = records;
        this.administration = administration;
        this.submission = submission;
        this.assignment = assignment;
        this.reviewing = reviewing;
        this.countries = countries;
        this.runAs = runAs;
        this.events = events;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || calls.count() > 0
                || runAs.ifAccountExists("reviewer@example.org", () -> true).isEmpty()
                || runAs.ifAccountExists("a.patnaik@example.org", () -> true).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int thisYear = LocalDateTime.ofInstant(now, GENEVA).getYear();
        long decided = decidedCall(thisYear - 1);
        openCall(decided, thisYear, now);
        log.info("Seeded the HIM Network's open calls {} (decided) and {} (open)", thisYear - 1, thisYear);
    }

    private long decidedCall(int cycle) {
        LocalDateTime opens = LocalDateTime.of(cycle, 2, 3, 9, 0);
        LocalDateTime closes = LocalDateTime.of(cycle, 3, 31, 23, 59);
        long callId = runAs.as(SECRETARIAT, () -> {
            long id = administration.save(null, 0, form(cycle, opens, closes)).id();
            administration.uploadTerms(id, terms(cycle));
            return id;
        });
        OpenCall call = openedInThePast(callId);
        Instant opened = call.opensAt();
        Instant closed = call.closesAt();
        Instant decided = closed.plus(Duration.ofDays(40));
        var tremblay = submittedInThePast(call, "e.tremblay@example.org", "Bruyère Health Research Institute",
                InstitutionType.RESEARCH_INSTITUTE, "CA", opened.plus(Duration.ofDays(20)));
        var martin = submittedInThePast(call, "l.martin@example.org",
                "CERPOP, Université de Toulouse III Paul Sabatier", InstitutionType.RESEARCH_INSTITUTE, "FR",
                opened.plus(Duration.ofDays(33)));
        var okello = submittedInThePast(call, "n.okello@example.org", "Makerere University School of Public Health",
                InstitutionType.UNIVERSITY, "UG", opened.plus(Duration.ofDays(41)));
        var rahimi = submittedInThePast(call, "s.rahimi@example.org",
                "Health Equity Research Center, Tehran University of Medical Sciences", InstitutionType.UNIVERSITY,
                "IR", opened.plus(Duration.ofDays(50)));
        var silva = submittedInThePast(call, "r.silva@example.org", "Observatório de Saúde Urbana",
                InstitutionType.OTHER, "BR", opened.plus(Duration.ofDays(55)));
        List<CallApplication> all = List.of(tremblay, martin, okello, rahimi, silva);
        // Past its deadline, the call is closed as the secretariat would close it; the deadline stays as it was.
        runAs.run(SECRETARIAT, () -> {
            administration.close(callId);
            all.forEach(a -> assignment.screen(a.id(), true, null));
        });
        Instant screened = closed.plus(Duration.ofDays(3));
        int[][] marks = {{5, 5, 4, 4}, {5, 4, 5, 3}, {4, 5, 5, 5}, {4, 3, 3, 4}, {2, 3, 2, 3}};
        String[][] pairs = {{"reviewer@example.org", "ingrid.berg@example.org"},
                {"reviewer@example.org", "omar.siddiqui@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"},
                {"reviewer@example.org", "ingrid.berg@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"}};
        long secretariat = accountId(SECRETARIAT);
        for (int i = 0; i < all.size(); i++) {
            for (int r = 0; r < 2; r++) {
                int[] m = marks[i].clone();
                if (r == 1) {
                    m[0] = Math.max(1, m[0] - (i % 2));
                }
                reviewedInThePast(all.get(i), accountId(pairs[i][r]), secretariat, scores(m),
                        screened.plus(Duration.ofDays(1)), screened.plus(Duration.ofDays(10 + r)));
            }
        }
        for (CallApplication a : List.of(tremblay, martin, okello)) {
            decidedInThePast(call, a, Decision.ACCEPT, null, secretariat, decided);
        }
        decidedInThePast(call, rahimi, Decision.WAITLIST, "Next place that frees up", secretariat, decided);
        decidedInThePast(call, silva, Decision.DECLINE, "Not a research or governmental institution", secretariat,
                decided);
        runAs.run(SECRETARIAT, () -> administration.markDecided(callId));
        return callId;
    }

    private void openCall(long lastYear, int cycle, Instant now) {
        LocalDateTime today = LocalDateTime.ofInstant(now, GENEVA).truncatedTo(ChronoUnit.DAYS);
        LocalDateTime opens = today.minusDays(30).withHour(9);
        LocalDateTime closes = today.plusDays(45).withHour(23).withMinute(59);
        // The secretariat starts from last year's call, sets this year's dates and terms, and opens it.
        long callId = runAs.as(SECRETARIAT, () -> {
            long id = administration.cloneCall(lastYear, cycle);
            administration.save(id, administration.edit(id).version(), form(cycle, opens, closes));
            administration.uploadTerms(id, terms(cycle));
            administration.open(id);
            return id;
        });
        Instant started = opens.atZone(GENEVA).toInstant().plus(Duration.ofDays(5));
        long patnaik = apply(callId, "a.patnaik@example.org", "ICMR Regional Medical Research Centre, Bhubaneswar",
                InstitutionType.RESEARCH_INSTITUTE, "IN", true);
        long becker = apply(callId, "j.becker@example.org", "School of Public Health, Bielefeld University",
                InstitutionType.UNIVERSITY, "DE", true);
        long lam = apply(callId, "k.lam@example.org", "School of Public Health, The University of Hong Kong",
                InstitutionType.UNIVERSITY, "CN", true);
        apply(callId, "applicant@example.org", "Jordan University of Science and Technology",
                InstitutionType.UNIVERSITY, "JO", false);
        apply(callId, "t.nguyen@example.org", "Hanoi University of Public Health", InstitutionType.UNIVERSITY, "VN",
                false);
        submittedOn(patnaik, started.plus(Duration.ofDays(4)));
        submittedOn(becker, started.plus(Duration.ofDays(12)));
        submittedOn(lam, started.plus(Duration.ofDays(15)));
        long reviewer = accountId("reviewer@example.org");
        long[] assigned = runAs.as(SECRETARIAT, () -> {
            assignment.screen(patnaik, true, null);
            assignment.screen(lam, true, null);
            return new long[] {assignment.assign(patnaik, reviewer, null),
                    assignment.assign(patnaik, accountId("ingrid.berg@example.org"), null),
                    assignment.assign(lam, reviewer, null),
                    assignment.assign(lam, accountId("omar.siddiqui@example.org"), null)};
        });
        runAs.run("reviewer@example.org", () -> reviewing.submit(assigned[0],
                reviewing.sheet(assigned[0]).version(), scores(new int[] {4, 5, 4, 5})));
        // Seeding hook: the assignments were made, and the first review submitted, on past days.
        Instant screened = started.plus(Duration.ofDays(16));
        records.dateDemoReview(assigned[0], screened, screened.plus(Duration.ofDays(2)));
        for (int i = 1; i < assigned.length; i++) {
            records.dateDemoReview(assigned[i], screened, null);
        }
    }

    /** The call's form as the secretariat fills it in, in Geneva time. */
    private static CallForm form(int cycle, LocalDateTime opens, LocalDateTime closes) {
        return new CallForm(Network.HIM, cycle, "Health Inequality Monitoring Network: Open Call for Applications "
                + cycle, DESCRIPTION, TERMS, GENEVA.getId(), opens, closes, definition());
    }

    private static byte[] terms(int cycle) {
        return pdf("Health Inequality Monitoring Network - Terms of Reference", "Open Call for Applications " + cycle);
    }

    /**
     * An applicant starts an application after the eligibility check and saves their answers; a complete one gets its
     * CV attached too. Returns the application's id.
     */
    private long apply(long callId, String email, String institution, InstitutionType type, String country,
            boolean complete) {
        return runAs.as(email, () -> {
            SavedApplication saved = submission.start(callId, new EligibilityAnswers(institution, type, country,
                    Set.of("expertise", "participation", "independence")));
            saved = submission.saveDraft(saved.id(), saved.version(), answers(institution, complete));
            if (complete) {
                submission.addFile(saved.id(), "cv", "curriculum-vitae.pdf", pdf("Curriculum vitae", institution));
            }
            return saved.id();
        });
    }

    /**
     * Seeding hook: last year's call opened on its opening day, which {@link CallAdministration#open} refuses once the
     * deadline has passed.
     */
    private OpenCall openedInThePast(long callId) {
        OpenCall call = calls.findById(callId).orElseThrow();
        call.open(call.opensAt());
        return call;
    }

    /**
     * Seeding hook: an application to last year's call, started two days before it was submitted on a past day. The
     * service accepts neither (the call is no longer open) and submitting through it would mail the applicant.
     */
    private CallApplication submittedInThePast(OpenCall call, String email, String institution, InstitutionType type,
            String country, Instant at) {
        String region = countries.find(country, Language.ENGLISH).map(CountryRef::region).orElseThrow();
        CallApplication application = applications.saveAndFlush(new CallApplication(call.id(), accountId(email),
                new EligibilityAnswers(institution, type, country, Set.of("expertise", "participation",
                        "independence")), region, at.minus(Duration.ofDays(2))));
        application.saveAnswers(answers(institution, true), at);
        files.add(application.id(), "cv", "curriculum-vitae.pdf", pdf("Curriculum vitae", institution),
                AttachmentRules.DEFAULT, at);
        application.submit(at);
        return application;
    }

    /**
     * Seeding hook: an application of this year's call, completed through the services, submitted on a past day:
     * {@link ApplicationSubmission#submit} stamps the clock's now and mails the applicant, who gets no demo mail.
     */
    private void submittedOn(long applicationId, Instant at) {
        applications.findById(applicationId).orElseThrow().submit(at);
    }

    /**
     * Seeding hook: a review of last year's call, assigned and submitted on past days (the services stamp the
     * clock's now).
     */
    private void reviewedInThePast(CallApplication application, long reviewer, long secretariat, Scores scores,
            Instant assigned, Instant submitted) {
        CallReview review = new CallReview(application.id(), reviewer, null, secretariat, assigned);
        review.saveScores(scores);
        review.submit(submitted);
        reviews.save(review);
    }

    /**
     * Seeding hook: last year's decision, taken on a past day; {@link CallDecisions#decide} stamps the clock's now
     * and mails the applicant. An acceptance admits the institution as the service's does.
     */
    private void decidedInThePast(OpenCall call, CallApplication application, Decision decision,
            @Nullable String note, long secretariat, Instant at) {
        application.decide(decision, note, secretariat, at);
        if (decision == Decision.ACCEPT) {
            events.publishEvent(new InstitutionAdmitted(application.id(), call.network().name(),
                    application.applicantId(), application.institutionName(), application.institutionType().name(),
                    application.country(), at));
        }
    }

    private static Scores scores(int[] marks) {
        Map<String, Scores.Score> scores = new LinkedHashMap<>();
        for (int i = 0; i < CRITERIA.length; i++) {
            scores.put(CRITERIA[i], new Scores.Score(marks[i], COMMENTS[i]));
        }
        return new Scores(scores);
    }

    private long accountId(String email) {
        return runAs.as(email, () -> CurrentUser.require().accountId());
    }

    private static Answers answers(String institution, boolean complete) {
        Map<String, List<String>> values = new LinkedHashMap<>();
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
