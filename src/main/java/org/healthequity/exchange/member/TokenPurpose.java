package org.healthequity.exchange.member;

enum TokenPurpose {
    CONFIRM_EMAIL, RESET_PASSWORD
}
