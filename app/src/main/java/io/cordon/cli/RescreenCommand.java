package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.PendingRescreens;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon rescreen}: runs the re-screens of the customer book that list activations left
 * pending; with {@code --source}, first asks for a re-screen of the book against the whole active
 * list of that source. Both are recorded in the audit log.
 */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
    description = {"Runs the re-screens of the customer book that list imports left pending (an import killed",
        "after its commit). With --source, re-screens the book against the whole active list of that source."})
final class RescreenCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--source", paramLabel = "NAME", description = "re-screen against all of this source's active list")
  List<String> sources;

  @Override
  public Integer call() throws Exception {
    try (Home home = Home.open(main)) {
      CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
      for (String s : sources == null ? List.<String>of() : sources) {
        if (home.catalog().active(s).isEmpty()) {
          throw new IllegalArgumentException("no active list for source '" + s + "'; sources: " + home.catalog().sources());
        }
        var a = home.catalog().requestRescreen(s, home.clock().instant());
        cases.recordAudit(Actor.SYSTEM, "rescreen-request", "snapshot:" + a.snapshotId(),
            "source=" + s + " os-user=" + System.getProperty("user.name", "?"));
      }
      List<PendingRescreens.Done> done = Cases.runPending(home, cases, System.out);
      if (done.isEmpty()) {
        System.out.println("no re-screen pending");
      }
    }
    return 0;
  }
}
