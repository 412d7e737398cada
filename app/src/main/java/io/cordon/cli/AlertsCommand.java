package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.common.Json;
import io.cordon.http.AlertJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cordon alerts}: the alert queue. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = {"Lists alerts, newest first.",
        "Statuses: open, pending-approval, closed-true-match, closed-false-positive, needs-information."})
final class AlertsCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--status", paramLabel = "S", description = "only alerts in this status")
  String status;

  @Option(names = "--party", paramLabel = "ID", description = "only alerts of this party")
  String party;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "at most N alerts (default: all)")
  int limit;

  @Option(names = "--json", description = "JSON list (party id, entity id, score, status, ...) instead of a table")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Optional<AlertStatus> s = Optional.ofNullable(status).map(AlertStatus::parse);
    try (Home home = Home.open(main)) {
      CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
      List<Alert> alerts = cases.alerts(Actor.SYSTEM, s, Optional.ofNullable(party), limit);
      if (json) {
        List<Map<String, Object>> out = new ArrayList<>();
        alerts.forEach(a -> out.add(AlertJson.of(a)));
        System.out.println(Json.PRETTY.writeValueAsString(out));
      } else {
        System.out.printf("%-6s %-18s %-16s %-24s %-22s %5s  %s%n", "ALERT", "STATUS", "PARTY", "PARTY NAME", "ENTITY",
            "SCORE", "LISTED AS");
        for (Alert a : alerts) {
          System.out.printf("%-6d %-18s %-16s %-24s %-22s %5.3f  %s%n", a.id(), a.status().label(), cut(a.partyId(), 16),
              cut(a.party().caption(), 24), cut(a.entityId(), 22), a.score(), a.entity().caption());
        }
        System.out.println(alerts.size() + " alert(s)");
      }
    }
    return 0;
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
