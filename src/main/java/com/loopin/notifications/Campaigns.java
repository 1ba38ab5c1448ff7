package com.loopin.notifications;

import com.loopin.events.EventCalendar;
import com.loopin.going.Guests;
import com.loopin.notifications.Notifier.Message;
import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff campaigns: a marketing message to the people who turned marketing on (it is off unless they did), narrowed by
 * an interest and by the city of events they went to or asked for. Staff see the audience's size before they confirm;
 * a campaign over {@code CAMPAIGN_MAX_RECIPIENTS} is refused (narrow it); the confirmation is audited and sent once
 * (sending it twice does nothing), after the commit, through the outbox.
 */
@Service
public class Campaigns {

    private static final int CHUNK = 1_000;

    /** What staff write and whom it is for ({@code interestId}, {@code city}: null for everyone opted in). */
    public record Draft(String title, String body, Long interestId, String city) {

        public String narrowedTo() {
            List<String> parts = new ArrayList<>();
            if (interestId != null) {
                parts.add("interest #" + interestId);
            }
            if (city != null) {
                parts.add("events in " + city);
            }
            return parts.isEmpty() ? "everyone who turned marketing on" : String.join(", ", parts);
        }
    }

    public record Campaign(
            long id,
            String title,
            String body,
            Long interestId,
            String city,
            int audience,
            Integer sent,
            String status,
            String createdBy,
            Instant createdAt,
            Instant sentAt) {}

    private final CampaignRepository campaigns;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final Guests guests;
    private final EventCalendar calendar;
    private final Notifier notifier;
    private final NotificationProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Campaigns(
            CampaignRepository campaigns,
            SettingsRepository settings,
            UserDirectory users,
            Guests guests,
            EventCalendar calendar,
            Notifier notifier,
            NotificationProperties properties,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.users = users;
        this.guests = guests;
        this.calendar = calendar;
        this.notifier = notifier;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The draft checked, and its audience's size (at most the cap + 1: "more than the cap"). */
    public int audience(Draft draft) {
        check(draft);
        return audienceOf(draft).size();
    }

    public int cap() {
        return properties.campaignMaxRecipients();
    }

    /**
     * Confirms and sends the campaign; {@code requestKey} is the confirmation form's, so sending the form twice
     * sends once.
     *
     * @return the campaign's id
     */
    @Transactional
    public long send(Actor staff, Draft draft, String requestKey) {
        check(draft);
        if (requestKey == null || !requestKey.matches("[A-Za-z0-9-]{8,40}")) {
            throw new ChangeRefusedException("This confirmation is not one the console gave out: preview again.");
        }
        List<Long> audience = audienceOf(draft);
        if (audience.isEmpty()) {
            throw new ChangeRefusedException("Nobody is in this audience: nothing was sent.");
        }
        if (audience.size() > cap()) {
            throw new ChangeRefusedException(
                    "This audience is larger than " + cap() + " people (the cap): narrow it by " + "interest or city.");
        }
        long id = campaigns
                .insert(requestKey, draft, audience.size(), staff.name(), clock.instant())
                .orElseThrow(() -> new ChangeRefusedException("This campaign was sent already."));
        publisher.publishEvent(new CampaignApproved(staff, id, draft.title(), audience.size(), draft.narrowedTo()));
        return id;
    }

    public List<Campaign> latest() {
        return campaigns.latest(50);
    }

    /**
     * Writes the campaign's items to its audience as it is now (someone who turned marketing off is left out), after
     * the confirmation's commit, through the outbox.
     */
    void send(CampaignApproved approved) {
        Campaign campaign = campaigns.find(approved.campaignId()).orElseThrow();
        Draft draft = new Draft(campaign.title(), campaign.body(), campaign.interestId(), campaign.city());
        List<Long> audience = audienceOf(draft);
        Message message = new Message(
                NotificationKind.ANNOUNCEMENT, null, settings -> new Object[] {"", draft.title(), draft.body()});
        int sent = 0;
        for (int from = 0; from < Math.min(audience.size(), cap()); from += CHUNK) {
            List<Long> chunk = audience.subList(from, Math.min(Math.min(audience.size(), cap()), from + CHUNK));
            sent += notifier.send(message, "campaign-" + campaign.id(), chunk);
        }
        campaigns.sent(campaign.id(), sent, clock.instant());
    }

    private List<Long> audienceOf(Draft draft) {
        int cap = properties.campaignMaxRecipients();
        List<Long> audience = new ArrayList<>();
        List<Long> optedIn = settings.marketingOptedIn(Integer.MAX_VALUE);
        for (int from = 0; from < optedIn.size() && audience.size() <= cap; from += CHUNK) {
            List<Long> chunk = optedIn.subList(from, Math.min(optedIn.size(), from + CHUNK));
            Map<Long, UserSummary> people = users.findAll(chunk);
            Set<Long> inCity = draft.city() == null ? null : inCity(chunk, draft.city());
            for (long id : chunk) {
                UserSummary person = people.get(id);
                boolean fits = person != null
                        && person.active()
                        && (draft.interestId() == null || person.interestIds().contains(draft.interestId()))
                        && (inCity == null || inCity.contains(id));
                if (fits && audience.size() <= cap) {
                    audience.add(id);
                }
            }
        }
        return audience;
    }

    private Set<Long> inCity(List<Long> people, String city) {
        Set<Long> found = new HashSet<>();
        Map<Long, Set<String>> asked = guests.eventsAskedBy(people);
        Set<String> events = new HashSet<>();
        asked.values().forEach(events::addAll);
        Set<String> there = events.isEmpty() ? Set.of() : calendar.inCity(events, city);
        asked.forEach((person, theirs) -> {
            if (theirs.stream().anyMatch(there::contains)) {
                found.add(person);
            }
        });
        return found;
    }

    private void check(Draft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 80) {
            problems.add("a title of 1 to 80 characters");
        }
        if (draft.body() == null || draft.body().isBlank() || draft.body().length() > 300) {
            problems.add("a text of 1 to 300 characters");
        }
        if (draft.city() != null && draft.city().length() > 100) {
            problems.add("a city of at most 100 characters");
        }
        if (!problems.isEmpty()) {
            throw new ChangeRefusedException("A campaign needs " + String.join(" and ", problems) + ".");
        }
    }
}
