package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon check-trade` is not implemented yet (see the open issues). */
@Command(name = "check-trade", description = "(not implemented yet)")
final class CheckTradeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon check-trade: not implemented yet");
    return 3;
  }
}
