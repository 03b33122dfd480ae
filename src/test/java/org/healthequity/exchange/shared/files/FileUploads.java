package org.healthequity.exchange.shared.files;

import java.time.Instant;

import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ProfileService;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.SavedApplication;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The places people upload files to, for the tests of the file store: each made through its module's fixture, and
 * each upload made signed in as the person who may make it (who stays signed in).
 */
@TestComponent
public class FileUploads {

    /** A private group by invitation and its lead. */
    public record GroupSpace(long group, String lead) {
    }

    /** A started application to an open call and its applicant. */
    public record Application(long call, long id, String applicant) {
    }

    private final WorkgroupFixture groups;
    private final GroupDocuments documents;
    private final CaseStudyFixture caseStudies;
    private final CaseStudyAttachments attachments;
    private final OpenCallFixture calls;
    private final ProfileService profiles;
    private final UserDetailsService users;

    FileUploads(WorkgroupFixture groups, GroupDocuments documents, CaseStudyFixture caseStudies,
            CaseStudyAttachments attachments, OpenCallFixture calls, ProfileService profiles,
            UserDetailsService users) {
        this.groups = groups;
        this.documents = documents;
        this.caseStudies = caseStudies;
        this.attachments = attachments;
        this.calls = calls;
        this.profiles = profiles;
        this.users = users;
    }

    /** A fresh active member of no network. */
    public String person(String name) {
        return groups.person(name, null);
    }

    /** The person uploads a profile photo. */
    public void photo(String email, byte[] image) {
        Accounts.signIn(users, email);
        profiles.setMyPhoto(image);
    }

    /** A fresh HIM member leading a fresh private group of the name. */
    public GroupSpace groupSpace(String leadName, String groupName) {
        String lead = groups.person(leadName, Network.HIM);
        return new GroupSpace(groups.group(groupName, Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION,
                lead), lead);
    }

    /** The lead uploads a document into the group; returns its id. */
    public long groupDocument(GroupSpace space, String title, String fileName, byte[] content) {
        groups.signIn(space.lead());
        return documents.upload(space.group(), title, "", fileName, content);
    }

    /** A complete case-study draft of the fixture's author. */
    public SavedDraft caseStudyDraft(String title) {
        return caseStudies.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete(title));
    }

    /** The author attaches a file to the draft as it was saved. */
    public void caseStudyAttachment(SavedDraft draft, String fileName, byte[] content) {
        caseStudies.signIn(CaseStudyFixture.AUTHOR);
        attachments.addAttachment(draft.caseStudyId(), draft.version(), fileName, content);
    }

    /** A fresh applicant starts an application (Makerere University, Uganda) to a call open for ten more days. */
    public Application startedApplication(String applicantName, Instant now) {
        long call = calls.openCallClosingIn(now, 10);
        String applicant = calls.newApplicant(applicantName);
        SavedApplication started = calls.submission().start(call,
                OpenCallFixture.eligible("Makerere University", "UG"));
        return new Application(call, started.id(), applicant);
    }

    /** The applicant adds a support letter to the application. */
    public void applicationFile(Application application, String fileName, byte[] content) {
        calls.signIn(application.applicant());
        calls.submission().addFile(application.id(), "letter", fileName, content);
    }
}
