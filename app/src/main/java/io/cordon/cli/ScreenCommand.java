package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon screen` is not implemented yet (see the open issues). */
@Command(name = "screen", description = "(not implemented yet)")
final class ScreenCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon screen: not implemented yet");
    return 3;
  }
}
