package com.loopin.notifications;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/** Staff confirmed a campaign: audited, and sent after the commit (once, through the registry). */
public record CampaignApproved(Actor actor, long campaignId, String title, int audience, String narrowedTo)
        implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "campaign.send",
                "campaign",
                campaignId,
                "Sent campaign “" + title + "” to " + audience + " people (" + narrowedTo + ")");
    }
}
