package org.healthequity.exchange.shared.ui;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import static org.assertj.core.api.Assertions.assertThat;

/** The one layout of every grid: the identifying column has the room, the actions stay in sight, phones get cards. */
class ResponsiveGridTest {

    record Row(String title, String applicant, Instant at) {
    }

    private Grid<Row> grid;
    private ResponsiveGrid<Row> columns;
    private Grid.Column<Row> title;
    private Grid.Column<Row> applicant;
    private Grid.Column<Row> at;
    private Grid.Column<Row> actions;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        grid = new Grid<>();
        columns = ResponsiveGrid.of(grid);
        title = columns.titleText("Title", Row::title);
        applicant = columns.text("Applicant", Row::applicant);
        at = columns.time("Updated", Row::at);
        actions = columns.actions("Actions", row -> new Button("Decide"));
        grid.setItems(new Row("A title long enough to wrap over several lines of a narrow column",
                "Applicant " + "with a very long name ".repeat(20), Instant.parse("2026-12-04T16:50:00Z")));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theIdentifyingColumnGrowsAndStaysInSightWhileTheOthersHaveAFixedShareAndWrap() {
        assertThat(title.getFlexGrow()).isEqualTo(1);
        assertThat(title.isFrozen()).isTrue();
        assertThat(title.getTooltipGenerator()).isNotNull();
        assertThat(List.of(applicant, at)).allSatisfy(column -> {
            assertThat(column.getFlexGrow()).isZero();
            assertThat(column.isAutoWidth()).isFalse();
            assertThat(column.getWidth()).isNotBlank();
        });
        // The header is drawn in a smaller font than the body: a width in em would differ between the two.
        assertThat(List.of(title, applicant, at)).allSatisfy(column -> assertThat(column.getWidth()).endsWith("rem"));
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void theActionsAreFrozenAtTheEndSoNoValueCanPushThemOutOfSight() {
        assertThat(actions.isFrozenToEnd()).isTrue();
        assertThat(actions.getFlexGrow()).isZero();
        assertThat(actions.getKey()).isEqualTo("actions");
    }

    @Test
    void aTimestampIsCompactWithTheFullFormAndZoneOnHover() {
        Row row = GridKt._get(grid, 0);
        String tooltip = at.getTooltipGenerator().apply(row);

        assertThat(GridKt._getFormatted(at, row)).isNotBlank().doesNotContain("(");
        assertThat(tooltip).contains("(");
    }

    @Test
    void onAPhoneTheGridIsOneColumnOfCardsWithTheValuesAndTheActionsAndBackOnAWideWindow() {
        columns.fit(390);

        assertThat(columns.phone()).isTrue();
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("card");
        Component card = GridKt._getCellComponent(grid, 0, "card");
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("A title long enough", "Applicant: Applicant with", "Updated: ", "Decide");

        columns.fit(1366);

        assertThat(columns.phone()).isFalse();
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(4).doesNotContain(
                grid.getColumnByKey("card"));
    }
}
