package com.loopin.admin;

import com.loopin.leads.LeadFilter;

/** The leads page's filter form as its URL carries it ({@code ?q=98765&status=verified&from=2026-11-01}). */
record LeadListFilter(String q, String status, String from, String to) {

    LeadFilter filter() {
        return new LeadFilter(q, status, AdminRequests.date(from), AdminRequests.date(to));
    }
}
