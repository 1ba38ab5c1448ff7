package com.loopin.admin;

import com.loopin.pumping.Segment;
import com.loopin.pumping.SmsSegments;
import com.loopin.pumping.SmsSegments.TrafficPoint;
import com.loopin.pumping.Throttle;
import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.ChangeRefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SMS pumping: how segments convert, the throttles in force, and staff's own blocks and lifts. */
@Controller
class AdminFraudController {

    static final int CHART_HEIGHT = 160;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final SmsSegments segments;
    private final BusinessTime time;
    private final Clock clock;

    AdminFraudController(SmsSegments segments, BusinessTime time, Clock clock) {
        this.segments = segments;
        this.time = time;
        this.clock = clock;
    }

    record HourBar(int x, String label, long requested, long verified, int requestedHeight, int verifiedHeight) {}

    @GetMapping("/admin/fraud")
    String page(@RequestParam(required = false) String segment, Model model) {
        Optional<Segment> chosen =
                Optional.ofNullable(segment).filter(s -> !s.isBlank()).flatMap(Segment::parse);
        model.addAttribute("chosen", chosen.map(Segment::key).orElse(null));
        model.addAttribute("settings", segments.settings());
        model.addAttribute("active", segments.activeThrottles());
        model.addAttribute("alerts", segments.recentAlerts());
        model.addAttribute("busiest", segments.busiest());
        model.addAttribute("recent", segments.recentThrottles(20));
        model.addAttribute("bars", hourly(segments.lastDay(chosen)));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        model.addAttribute("now", clock.instant());
        return "admin/fraud";
    }

    @GetMapping("/admin/fraud/throttles/{id}/lift")
    String confirmLift(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var throttle = segments.throttle(id).filter(t -> t.activeAt(clock.instant()));
        if (throttle.isEmpty()) {
            redirect.addFlashAttribute("flashError", "That throttle has already ended.");
            return "redirect:/admin/fraud";
        }
        model.addAttribute("throttle", throttle.get());
        model.addAttribute("action", "lift");
        return "admin/fraud-confirm";
    }

    @PostMapping("/admin/fraud/throttles/{id}/lift")
    String lift(@PathVariable long id, Actor staff, RedirectAttributes redirect) {
        var throttle = segments.throttle(id);
        if (throttle.isPresent() && segments.lift(id, staff)) {
            redirect.addFlashAttribute(
                    "flash", "Lifted the throttle on " + throttle.get().segment() + ": codes go out again.");
        } else {
            redirect.addFlashAttribute("flashError", "That throttle has already ended.");
        }
        return "redirect:/admin/fraud";
    }

    @PostMapping("/admin/fraud/block/confirm")
    String confirmBlock(
            @RequestParam String segment,
            @RequestParam(defaultValue = "0") String minutes,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        var block = readBlock(segment, minutes, redirect);
        if (block.isEmpty()) {
            return "redirect:/admin/fraud";
        }
        model.addAttribute("segment", block.get().segment().key());
        model.addAttribute("minutes", block.get().minutes());
        model.addAttribute("reason", reason.strip());
        model.addAttribute("action", "block");
        return "admin/fraud-confirm";
    }

    @PostMapping("/admin/fraud/block")
    String block(
            @RequestParam String segment,
            @RequestParam(defaultValue = "0") String minutes,
            @RequestParam(defaultValue = "") String reason,
            Actor staff,
            RedirectAttributes redirect) {
        var block = readBlock(segment, minutes, redirect);
        if (block.isEmpty()) {
            return "redirect:/admin/fraud";
        }
        Throttle throttle;
        try {
            throttle = segments.block(
                    block.get().segment(), Duration.ofMinutes(block.get().minutes()), reason, staff);
        } catch (ChangeRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
            return "redirect:/admin/fraud";
        }
        redirect.addFlashAttribute(
                "flash",
                "Blocked code requests to " + throttle.segment() + " until "
                        + time.display(throttle.endsAt()).format(DateTimeFormatter.ofPattern("d MMM, HH:mm")) + ".");
        return "redirect:/admin/fraud";
    }

    private record Block(Segment segment, int minutes) {}

    private Optional<Block> readBlock(String typed, String minutesTyped, RedirectAttributes redirect) {
        Optional<Segment> segment = Segment.parse(typed);
        if (segment.isEmpty()) {
            redirect.addFlashAttribute(
                    "flashError",
                    "\"" + typed.strip() + "\" is not a segment: type a country code and up to "
                            + Segment.MAX_PREFIX_DIGITS + " more digits, for example +234 8031.");
            return Optional.empty();
        }
        int minutes;
        try {
            minutes = Integer.parseInt(minutesTyped.strip());
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        return Optional.of(new Block(segment.get(), minutes));
    }

    /** The last 24 hours, one pair of bars per hour. */
    private List<HourBar> hourly(List<TrafficPoint> points) {
        Instant end = time.display(clock.instant())
                .truncatedTo(ChronoUnit.HOURS)
                .plusHours(1)
                .toInstant();
        long[] requested = new long[24];
        long[] verified = new long[24];
        for (TrafficPoint point : points) {
            long hoursBack = (Duration.between(point.start(), end).toMinutes() + 59) / 60;
            if (hoursBack >= 1 && hoursBack <= 24) {
                requested[24 - (int) hoursBack] += point.counts().requested();
                verified[24 - (int) hoursBack] += point.counts().verified();
            }
        }
        long max = 1;
        for (long r : requested) {
            max = Math.max(max, r);
        }
        List<HourBar> bars = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Instant start = end.minus(Duration.ofHours(24 - i));
            bars.add(new HourBar(
                    10 + i * 30,
                    HOUR.format(time.display(start)),
                    requested[i],
                    verified[i],
                    height(requested[i], max),
                    height(verified[i], max)));
        }
        return bars;
    }

    private static int height(long value, long max) {
        return (int) Math.round((double) value * CHART_HEIGHT / max);
    }
}
