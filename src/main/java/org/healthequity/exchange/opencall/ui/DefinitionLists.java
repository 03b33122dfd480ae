package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;

/** The editable lists of a call's configuration, each with its columns and the dialog that edits one item. */
final class DefinitionLists {

    private DefinitionLists() {
    }

    static ItemList<Declaration> declarations(Language language) {
        ItemList<Declaration> list = new ItemList<>("opencall.admin.declarations", "opencall.admin.add-declaration",
                "opencall.admin.no-declarations", DeclarationDialog::open);
        ResponsiveGrid<Declaration> columns = ResponsiveGrid.of(list.grid());
        columns.titleText(list.getTranslation("opencall.admin.declaration-text"), d -> d.text().in(language));
        columns.text(list.getTranslation("opencall.admin.key"), Declaration::key);
        return list;
    }

    static ItemList<Question> questions(Language language) {
        ItemList<Question> list = new ItemList<>("opencall.admin.questions", "opencall.admin.add-question",
                "opencall.admin.no-questions", QuestionDialog::open);
        ResponsiveGrid<Question> columns = ResponsiveGrid.of(list.grid());
        columns.titleText(list.getTranslation("opencall.admin.question-label"), q -> q.label().in(language));
        columns.text(list.getTranslation("opencall.admin.key"), Question::key);
        columns.text(list.getTranslation("opencall.admin.question-kind"), q -> CallLabels.kind(list, q.kind()));
        columns.text(list.getTranslation("opencall.admin.answer"), q -> list.getTranslation(q.required()
                ? "opencall.admin.mandatory" : "opencall.admin.optional")
                + (q.hiddenFromReviewers() ? " · " + list.getTranslation("opencall.admin.question-hidden") : ""));
        return list;
    }

    static ItemList<Criterion> rubric(Language language) {
        ItemList<Criterion> list = new ItemList<>("opencall.admin.rubric", "opencall.admin.add-criterion",
                "opencall.admin.no-criteria", CriterionDialog::open);
        ResponsiveGrid<Criterion> columns = ResponsiveGrid.of(list.grid());
        columns.titleText(list.getTranslation("opencall.admin.criterion-label"), c -> c.label().in(language));
        columns.text(list.getTranslation("opencall.admin.key"), Criterion::key);
        columns.number(list.getTranslation("opencall.admin.weight"), Criterion::weight);
        columns.text(list.getTranslation("opencall.admin.scale"), Criterion::scaleLabel);
        return list;
    }
}
