package com.tradesense.identity;

/** What a person may do. Roles add up: an admin is also a user. */
public enum Role {
    USER, MENTOR, ADMIN, SUPER_ADMIN
}
