package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyStatus;
import org.healthequity.exchange.casestudy.MyCaseStudy;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The signed-in author's case studies: drafts, submissions, returned ones with the moderator's comments, published. */
@Route("my/case-studies")
@RolesAllowed({Role.MEMBER_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME,
        Role.ADMIN_NAME})
@TitleKey("nav.my-case-studies")
public class MyCaseStudiesView extends VerticalLayout implements TitledPage {

    public MyCaseStudiesView(CaseStudyAuthoring authoring) {
        setSizeFull();
        Grid<MyCaseStudy> grid = new Grid<>();
        ResponsiveGrid<MyCaseStudy> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("case-study.field.title"), item -> item.title().isBlank()
                ? new Anchor("case-studies/" + item.id(), getTranslation("case-study.untitled"))
                : ContentLanguage.of(new Anchor("case-studies/" + item.id(), item.title()), item.language()));
        columns.text(getTranslation("case-study.status"), item -> getTranslation(item.status().messageKey()));
        columns.text(getTranslation("case-study.working-version"),
                item -> item.workingStatus() == null ? "" : getTranslation(item.workingStatus().messageKey()));
        columns.text(getTranslation("case-study.moderator-comments"),
                item -> item.returnComment() == null ? "" : item.returnComment()).setWidth("16rem");
        columns.time(getTranslation("case-study.updated"), MyCaseStudy::updatedAt);
        columns.actions(getTranslation("case-study.actions"), item -> {
            Button edit = new Button(getTranslation("case-study.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("case-studies/" + item.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setVisible(item.status() != CaseStudyStatus.REJECTED);
            return edit;
        });
        grid.setItems(authoring.myCaseStudies());
        grid.setEmptyStateText(getTranslation("case-study.mine.empty"));
        grid.setSizeFull();
        Button write = new Button(getTranslation("case-study.new"),
                e -> getUI().ifPresent(ui -> ui.navigate("case-studies/new")));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("nav.my-case-studies")), new Paragraph(getTranslation("case-study.mine.intro")),
                write, grid);
    }
}
