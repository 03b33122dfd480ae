package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Question;

/**
 * The follow-up questions a call starts from (ADR 0034): the institution's representatives and focal points, one per
 * line, and its consent to their being listed on its public page. Their keys are those whose answers reach the
 * institution's record.
 */
public final class FollowUpDefaults {

    private FollowUpDefaults() {
    }

    public static List<Question> questions() {
        return List.of(
                new Question(FollowUps.REPRESENTATIVES, QuestionKind.LONG_TEXT, true, 0,
                        texts("Representatives in the network", "Représentants au sein du réseau",
                                "Representantes en la red", "الممثلون في الشبكة", "在网络中的代表",
                                "Представители в сети"),
                        texts("One per line: name, e-mail", "Un par ligne : nom, courriel",
                                "Uno por línea: nombre, correo electrónico",
                                "واحد في كل سطر: الاسم، البريد الإلكتروني", "每行一位：姓名，电子邮件",
                                "По одному в строке: имя, электронная почта"),
                        List.of()),
                new Question(FollowUps.FOCAL_POINTS, QuestionKind.LONG_TEXT, true, 0,
                        texts("Focal points", "Points focaux", "Puntos focales", "جهات الاتصال", "联络人",
                                "Координаторы"),
                        texts("One per line: name, e-mail", "Un par ligne : nom, courriel",
                                "Uno por línea: nombre, correo electrónico",
                                "واحد في كل سطر: الاسم، البريد الإلكتروني", "每行一位：姓名，电子邮件",
                                "По одному в строке: имя, электронная почта"),
                        List.of()),
                new Question(FollowUps.CONSENT, QuestionKind.SINGLE_CHOICE, true, 0,
                        texts("May we list your representatives and focal points on your institution’s public page?",
                                "Pouvons-nous indiquer vos représentants et points focaux sur la page publique de"
                                        + " votre institution ?",
                                "¿Podemos mostrar a sus representantes y puntos focales en la página pública de su"
                                        + " institución?",
                                "هل يمكننا إدراج ممثليكم وجهات الاتصال لديكم في الصفحة العامة لمؤسستكم؟",
                                "我们可以在贵机构的公开页面上列出贵方的代表和联络人吗？",
                                "Можем ли мы указать ваших представителей и координаторов на публичной странице"
                                        + " вашего учреждения?"),
                        texts("Names only; e-mail addresses stay with the secretariat.",
                                "Les noms seulement ; les courriels restent au secrétariat.",
                                "Solo los nombres; los correos electrónicos quedan en la secretaría.",
                                "الأسماء فقط؛ تبقى عناوين البريد الإلكتروني لدى الأمانة.",
                                "仅显示姓名；电子邮件地址仅供秘书处使用。",
                                "Только имена; адреса электронной почты остаются у секретариата."),
                        List.of(new Choice(FollowUps.CONSENT_YES, texts("Yes", "Oui", "Sí", "نعم", "是", "Да")),
                                new Choice("no", texts("No", "Non", "No", "لا", "否", "Нет")))));
    }

    private static Texts texts(String en, String fr, String es, String ar, String zh, String ru) {
        return new Texts(Map.of("en", en, "fr", fr, "es", es, "ar", ar, "zh", zh, "ru", ru));
    }
}
