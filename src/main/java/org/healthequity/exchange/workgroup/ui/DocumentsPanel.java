package org.healthequity.exchange.workgroup.ui;


import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.workgroup.DocumentRow;
import org.healthequity.exchange.workgroup.DocumentVersionRow;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupPage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A group's documents by folder, each with its versions to download; members upload documents and new versions. Opened
 * at a document (a search result links one so), it shows that document's versions and scrolls to it.
 */
class DocumentsPanel extends VerticalLayout {

    private static final String[] ACCEPTED = {"application/pdf", ".pdf", ".docx", "image/png", ".png", "image/jpeg",
        ".jpg", ".jpeg"};

    private final GroupDocuments documents;
    private final GroupPage group;
    /** The document to show first, until the list is drawn again after an action. */
    private @Nullable Long focusDocument;

    DocumentsPanel(GroupDocuments documents, GroupPage group, @Nullable Long focusDocument) {
        this.documents = documents;
        this.group = group;
        this.focusDocument = focusDocument;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        var list = documents.documents(group.card().id());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("workgroup.documents.empty")));
        }
        String folder = null;
        UnorderedList items = null;
        for (DocumentRow document : list) {
            if (items == null || !document.folder().equals(folder)) {
                folder = document.folder();
                add(new H3(folder.isBlank() ? getTranslation("workgroup.documents.no-folder") : folder));
                items = new UnorderedList();
                add(items);
            }
            items.add(document(document));
        }
        focusDocument = null;
        if (group.canPost()) {
            add(uploadForm());
        }
    }

    private ListItem document(DocumentRow document) {
        ListItem item = new ListItem();
        item.setId("document-" + document.id());
        item.addClassName("group-document");
        boolean focused = Long.valueOf(document.id()).equals(focusDocument);
        DocumentVersionRow latest = document.latest();
        item.add(new Span(document.title() + " · "), download(latest), new Span(" " + line(latest)));
        if (document.versions().size() > 1) {
            UnorderedList earlier = new UnorderedList();
            document.versions().stream().skip(1).forEach(v -> earlier.add(new ListItem(download(v),
                    new Span(" " + line(v)))));
            Details versions = new Details(getTranslation("workgroup.documents.earlier"), earlier);
            versions.setOpened(focused);
            item.add(versions);
        }
        if (focused) {
            item.addClassName("group-document-focus");
            item.scrollIntoView();
        }
        if (document.canChange()) {
            Upload upload = upload((name, bytes) -> step(() -> documents.uploadVersion(document.id(), name, bytes),
                    "workgroup.documents.uploaded"));
            upload.setUploadButton(new Button(getTranslation("workgroup.documents.new-version")));
            upload.getElement().setAttribute("aria-label", getTranslation("workgroup.documents.new-version"));
            item.add(upload);
        }
        if (document.canDelete()) {
            Button delete = new Button(getTranslation("workgroup.post.delete"),
                    e -> step(() -> documents.delete(document.id()), "workgroup.documents.deleted"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            item.add(delete);
        }
        return item;
    }

    private String line(DocumentVersionRow version) {
        return getTranslation("workgroup.documents.version", version.number(),
                Math.max(1, version.sizeBytes() / 1024), version.uploadedBy(), ViewerTime.format(version.uploadedAt()));
    }

    private Anchor download(DocumentVersionRow version) {
        DownloadHandler handler = FileDownload.of(() -> documents.download(version.id())
                .map(file -> new FileDownload.Content(file.fileName(), file.mediaType(), file.content())));
        return new Anchor(handler, AttachmentType.DOWNLOAD, version.fileName());
    }

    private Div uploadForm() {
        TextField title = new TextField(getTranslation("workgroup.documents.title"));
        title.setMaxLength(GroupDocuments.TITLE_MAX);
        title.setHelperText(getTranslation("workgroup.documents.title-help"));
        TextField folder = new TextField(getTranslation("workgroup.documents.folder"));
        folder.setMaxLength(GroupDocuments.FOLDER_MAX);
        Upload upload = upload((name, bytes) -> step(() -> documents.upload(group.card().id(),
                title.isEmpty() ? name : title.getValue(), folder.getValue(), name, bytes),
                "workgroup.documents.uploaded"));
        upload.getElement().setAttribute("aria-label", getTranslation("workgroup.documents.upload"));
        return new Div(new H2(getTranslation("workgroup.documents.upload")), title, folder, upload);
    }

    private Upload upload(LimitedUpload.NamedUpload accepted) {
        Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(documents.maxBytes(), accepted,
                () -> Notification.show(getTranslation("workgroup.document.too-large")))));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(1);
        return upload;
    }

    private void step(Runnable action, String doneKey) {
        if (GroupText.attempt(this, action)) {
            Notification.show(getTranslation(doneKey));
            render();
        }
    }
}
