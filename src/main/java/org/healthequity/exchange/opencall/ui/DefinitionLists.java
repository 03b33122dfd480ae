package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.i18n.Language;

/** The editable lists of a call's configuration, each with its columns and the dialog that edits one item. */
final class DefinitionLists {

    private DefinitionLists() {
    }

    static ItemList<Declaration> declarations(Language language) {
        ItemList<Declaration> list = new ItemList<>("opencall.admin.declarations", "opencall.admin.add-declaration",
                "opencall.admin.no-declarations", DeclarationDialog::open);
        list.grid().addColumn(Declaration::key).setHeader(list.getTranslation("opencall.admin.key"))
                .setAutoWidth(true);
        list.grid().addColumn(d -> d.text().in(language))
                .setHeader(list.getTranslation("opencall.admin.declaration-text")).setFlexGrow(1);
        return list;
    }

    static ItemList<Question> questions(Language language) {
        ItemList<Question> list = new ItemList<>("opencall.admin.questions", "opencall.admin.add-question",
                "opencall.admin.no-questions", QuestionDialog::open);
        list.grid().addColumn(Question::key).setHeader(list.getTranslation("opencall.admin.key")).setAutoWidth(true);
        list.grid().addColumn(q -> CallLabels.kind(list, q.kind()))
                .setHeader(list.getTranslation("opencall.admin.question-kind")).setAutoWidth(true);
        list.grid().addColumn(q -> list.getTranslation(q.required() ? "opencall.admin.mandatory"
                : "opencall.admin.optional")).setHeader(list.getTranslation("opencall.admin.answer"))
                .setAutoWidth(true);
        list.grid().addColumn(q -> q.label().in(language))
                .setHeader(list.getTranslation("opencall.admin.question-label")).setFlexGrow(1);
        return list;
    }

    static ItemList<Criterion> rubric(Language language) {
        ItemList<Criterion> list = new ItemList<>("opencall.admin.rubric", "opencall.admin.add-criterion",
                "opencall.admin.no-criteria", CriterionDialog::open);
        list.grid().addColumn(Criterion::key).setHeader(list.getTranslation("opencall.admin.key"))
                .setAutoWidth(true);
        list.grid().addColumn(Criterion::weight).setHeader(list.getTranslation("opencall.admin.weight"))
                .setAutoWidth(true);
        list.grid().addColumn(Criterion::scaleLabel).setHeader(list.getTranslation("opencall.admin.scale"))
                .setAutoWidth(true);
        list.grid().addColumn(c -> c.label().in(language))
                .setHeader(list.getTranslation("opencall.admin.criterion-label")).setFlexGrow(1);
        return list;
    }
}
