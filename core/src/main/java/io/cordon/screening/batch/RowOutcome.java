package io.cordon.screening.batch;

import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.input.InputRow;

/**
 * What happened to one input row: screened (with its response) or not (with the reason).
 *
 * @param row      the row as read
 * @param response the screening response, null when the row was not screened
 * @param error    why the row was not screened, null when it was
 */
public record RowOutcome(InputRow row, ScreeningResponse response, String error) {
  public boolean screened() {
    return response != null;
  }

  public boolean hit() {
    return response != null && response.alert();
  }
}
