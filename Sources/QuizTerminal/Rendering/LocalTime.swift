import FoundationEssentials
import Glibc

/// The learner's time zone, from the C library (`TZ`, else `/etc/localtime`): without ICU,
/// `TimeZone.current` knows only GMT.
package enum LocalTime {
    /// The local offset from GMT, in seconds, at `date` (daylight saving time included).
    package static func secondsFromGMT(at date: Date) -> Int {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, interval.magnitude < 1e15 else { return 0 }
        var time = time_t(interval.rounded(.down))
        var fields = tm()
        guard localtime_r(&time, &fields) != nil else { return 0 }
        return fields.tm_gmtoff
    }
}
