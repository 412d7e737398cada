package io.cordon.screening.text;

import io.cordon.screening.ScreeningResult;
import java.util.Objects;

/**
 * A listed name found in a text.
 *
 * @param start       offset of the first character (UTF-16 index into the text)
 * @param end         offset after the last character
 * @param text        the span as written
 * @param result      the entity and its score, as the screener gave it
 * @param match       true when the mention alerts: the score reaches the threshold and the span is
 *                    more than a first name or a single common word (spans that could never alert are
 *                    not reported)
 * @param explanation the scorer's explanation
 */
public record Mention(int start, int end, String text, ScreeningResult result, boolean match, String explanation) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(result, "result");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public double score() {
    return result.score();
  }
}
