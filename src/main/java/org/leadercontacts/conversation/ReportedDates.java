package org.leadercontacts.conversation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leadercontacts.common.DatePrecision;
import org.leadercontacts.common.PartialDate;

/** How the dates several documents report for one conversation become its date: rules of merging reports. */
public final class ReportedDates {

    private ReportedDates() {
    }

    /** The most precise date reported; among equally precise ones, the one most sources give, then the earliest. */
    public static PartialDate canonical(List<PartialDate> dates) {
        DatePrecision best = dates.stream().map(PartialDate::precision).max(Comparator.naturalOrder()).orElseThrow();
        Map<PartialDate, Long> votes = new HashMap<>();
        dates.stream().filter(date -> date.precision() == best).forEach(date -> votes.merge(date, 1L, Long::sum));
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<PartialDate, Long>> comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** Two reported dates are in dispute when their periods do not overlap. */
    public static boolean disputed(List<PartialDate> dates) {
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                if (a.end().isBefore(b.start()) || b.end().isBefore(a.start())) {
                    return true;
                }
            }
        }
        return false;
    }
}
