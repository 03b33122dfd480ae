package org.healthequity.exchange.shared.text;

import java.util.List;

import org.healthequity.exchange.support.Spreadsheets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run as a formula, including the starts that hide behind blanks or full-width signs. */
@Tag("attack")
class CsvAttackTest {

    static List<String> formulas() {
        return Spreadsheets.FORMULAS;
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void cellStartingLikeAFormulaIsWrittenAsText(String formula) {
        assertThat(Csv.cell(formula)).startsWith("\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=1+1", "\r=1+1", "\n=1+1", "=1+1"})
    void cellStartingWithTabOrLineBreakIsWrittenAsText(String formula) {
        assertThat(Csv.cell(formula)).startsWith("\"'");
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAsTheyAre() {
        assertThat(Csv.cell("Ana Souza")).isEqualTo("\"Ana Souza\"");
        assertThat(Csv.cell("Co-operative (health)")).isEqualTo("\"Co-operative (health)\"");
        assertThat(Csv.cell(-1.5)).isEqualTo("\"-1.5\"");
        assertThat(Csv.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
    }
}
