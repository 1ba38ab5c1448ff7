package com.loopin.pumping;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import java.time.Duration;

/** Code requests to the number's range are paused; numbers that already have an account are never refused. */
public class SegmentThrottledException extends RetryLaterException {

    SegmentThrottledException(Duration retryAfter) {
        super(
                ErrorCode.SMS_SEGMENT_THROTTLED,
                "We cannot send codes to numbers like this one for a while. Please try again later.",
                retryAfter,
                "sms_segment");
    }
}
