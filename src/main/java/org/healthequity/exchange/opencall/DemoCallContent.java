package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;

/**
 * What the demo call says: its description, terms, eligibility, questions, attachments and rubric in the six
 * languages, as the secretariat would write them. {@link DemoCalls} creates the calls with it.
 */
final class DemoCallContent {

    private DemoCallContent() {
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
                                "PDF или Word, не более 10 МБ."), List.of(), true),
                new Question("letter", QuestionKind.FILE, false, 0, t("Letter of support from the head of institution",
                        "Lettre de soutien du chef de l’institution", "Carta de apoyo de la dirección de la institución",
                        "رسالة دعم من رئيس المؤسسة", "机构负责人的支持信", "Письмо поддержки от руководителя учреждения"),
                        Texts.empty(), List.of(), true));
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

    static final String DESCRIPTION = """
            The Health Inequality Monitoring (HIM) Network is a WHO-led initiative that promotes health inequality \
            monitoring at global, regional and country levels: raising awareness, strengthening capacities, \
            developing tools and sharing best practice.

            Academic institutes with demonstrated expertise in health inequality monitoring or closely related \
            fields, and governmental agencies with a technical mandate linked to it, are invited to apply.""";

    static final String TERMS = """
            **Purpose.** The Network supports Member States with the monitoring of health inequalities.

            **Governance.** WHO serves as the Secretariat and selects participants; the Steering Committee advises.

            **Expectations.** Members take part in Network meetings, contribute to products and share data tools, \
            for a renewable term of two years.""";
}
