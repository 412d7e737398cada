package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon alerts` is not implemented yet (see the open issues). */
@Command(name = "alerts", description = "(not implemented yet)")
final class AlertsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon alerts: not implemented yet");
    return 3;
  }
}
