package io.cordon.testing;

import io.cordon.sources.ListAdapter;
import io.cordon.sources.ParsedList;
import io.cordon.sources.ca.CaSemaXmlAdapter;
import io.cordon.sources.ch.ChSecoXmlAdapter;
import io.cordon.sources.eu.EuFsfXmlAdapter;
import io.cordon.sources.ftm.FtmJsonAdapter;
import io.cordon.sources.senzing.SenzingJsonAdapter;
import io.cordon.sources.ukfcdo.UkFcdoXmlAdapter;
import io.cordon.sources.ukhmt.UkHmtCsvAdapter;
import io.cordon.sources.un.UnScXmlAdapter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rough parse cost of the non-US adapters on the shared files: CPU time of the reading thread
 * (not wall time, which the shared build machine distorts), after as many warm-up reads.
 * Run: see docs/sources.md. Not a benchmark with statistics; bench/ holds those.
 */
public final class ParseCost {
  private ParseCost() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Object[][] runs = {
        {new UnScXmlAdapter(), "un_sc_consolidated_2026-02-27/UN_consolidated.xml"},
        {new UkHmtCsvAdapter(), "uk_hmt_conlist_2018-04-13/sanctionsconlist.csv"},
        {new CaSemaXmlAdapter(), "ca_sema_2020-04/sema-lmes.xml"},
        {new SenzingJsonAdapter(), "opensanctions_us_congress_senzing/us_congress_senzing.json"},
        {new FtmJsonAdapter(), "opensanctions_zala_fixture_yente/entities.ftm.json"},
        {new EuFsfXmlAdapter(), "eu_fsf_xml_sample_2026/eu_sample.xml"},
        {new UkFcdoXmlAdapter(), "uk_sanctions_list_xml_sample_2026/uk_sample.xml"},
        {new ChSecoXmlAdapter(), "ch_seco_sample_2026-08-15/ch_sample.xml"},
    };
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf("%-60s %10s %9s %8s %12s%n", "file", "bytes", "entities", "targets", "CPU ms/read");
    for (Object[] r : runs) {
      ListAdapter a = (ListAdapter) r[0];
      Path p = SharedData.path((String) r[1]);
      for (int i = 0; i < n; i++) {
        a.read(p);
      }
      long c0 = mx.getCurrentThreadCpuTime();
      ParsedList l = null;
      for (int i = 0; i < n; i++) {
        l = a.read(p);
      }
      double ms = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n;
      System.out.printf("%-60s %10d %9d %8d %12.1f%n", r[1], Files.size(p), l.entities().size(), l.targetCount(), ms);
    }
  }
}
