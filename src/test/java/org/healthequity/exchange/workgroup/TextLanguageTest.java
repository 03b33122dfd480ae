package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.shared.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLanguageTest {

    @Test
    void guessesTheLanguageByScriptThenByCommonWords() {
        assertThat(TextLanguage.guess("Nous avons publié le rapport sur les inégalités dans les soins"))
                .isEqualTo(Language.FRENCH);
        assertThat(TextLanguage.guess("El informe de la red sobre las desigualdades en los hospitales"))
                .isEqualTo(Language.SPANISH);
        assertThat(TextLanguage.guess("The report of the network on inequalities in hospitals"))
                .isEqualTo(Language.ENGLISH);
        assertThat(TextLanguage.guess("Отчёт сети о неравенстве в здравоохранении")).isEqualTo(Language.RUSSIAN);
        assertThat(TextLanguage.guess("تقرير الشبكة عن عدم المساواة في الصحة")).isEqualTo(Language.ARABIC);
        assertThat(TextLanguage.guess("关于卫生不平等的网络报告")).isEqualTo(Language.CHINESE);
        assertThat(TextLanguage.guess("")).isEqualTo(Language.ENGLISH);
    }
}
