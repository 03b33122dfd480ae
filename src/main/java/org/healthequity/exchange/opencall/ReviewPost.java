package org.healthequity.exchange.opencall;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A post in the reviewers' discussion of an application's round; written once, never edited. */
@Entity
@Table(name = "call_review_post")
class ReviewPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    private int round;

    private long authorId;

    private String body;

    private Instant postedAt;

    protected ReviewPost() {
    }

    ReviewPost(long applicationId, int round, long authorId, String body, Instant postedAt) {
        this.applicationId = applicationId;
        this.round = round;
        this.authorId = authorId;
        this.body = body;
        this.postedAt = postedAt;
    }

    Long id() {
        return id;
    }

    int round() {
        return round;
    }

    long authorId() {
        return authorId;
    }

    String body() {
        return body;
    }

    Instant postedAt() {
        return postedAt;
    }
}
