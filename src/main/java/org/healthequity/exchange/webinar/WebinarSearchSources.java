package org.healthequity.exchange.webinar;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The module's two search types: webinars (public or a network's) and working groups' meetings. */
@Configuration(proxyBeanMethods = false)
class WebinarSearchSources {

    @Bean
    SearchSource webinarSearchSource(WebinarQueries queries, MemberContacts contacts, ReferenceFacets reference,
            PlatformTransactionManager transactions) {
        return new WebinarSearchSource(WebinarSearchSource.Kind.WEBINAR, queries, contacts, reference,
                readOnly(transactions));
    }

    @Bean
    SearchSource meetingSearchSource(WebinarQueries queries, MemberContacts contacts, ReferenceFacets reference,
            PlatformTransactionManager transactions) {
        return new WebinarSearchSource(WebinarSearchSource.Kind.MEETING, queries, contacts, reference,
                readOnly(transactions));
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }
}
