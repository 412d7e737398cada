package io.cordon.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One legal-form family per row, in Latin and in the original script: the analyser turns the form
 * into its symbol and keeps the distinctive part, and the scorer matches the company written with
 * the other spelling, with another form or with none at all.
 */
class LegalFormsTest {
  private final NameAnalyzer a = NameAnalyzer.standard();
  private final Scorer scorer = Scorers.standard();

  private List<String> legal(String name) {
    return a.analyze(name, "Company").parts().stream().filter(p -> p.tag() == PartTag.LEGAL_FORM)
        .map(NamePart::form).toList();
  }

  private List<String> rest(String name) {
    return a.analyze(name, "Company").parts().stream().filter(p -> p.tag() != PartTag.LEGAL_FORM)
        .map(NamePart::form).toList();
  }

  private double score(String query, String listed) {
    Entity e = new Entity("x", "Company", Map.of("name", List.of(listed)), java.util.Set.of("test"));
    MatchResult r = scorer.score(new MatchQuery("Company", List.of(query), List.of(), List.of(), List.of(), null), e);
    return r.score();
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ru Latin          | OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU NEOBIT | llc | OOO Neobit
      ru Latin ISO      | Obshchestvo s ogranichennoj otvetstvennost'ju Neobit | llc | Neobit LLC
      ru Cyrillic       | Общество с ограниченной ответственностью «Необит»   | llc | OOO NEOBIT
      ru Cyrillic short | ООО Необит                                          | llc | Neobit Limited Liability Company
      ru JSC            | Aktsionernoe Obshchestvo Pozitiv Teknolodzhiz       | jsc | AO Pozitiv Teknolodzhiz
      ru PAO Cyrillic   | ПАО Газпром                                         | jsc | Gazprom PJSC
      ru state          | ФГУП Атомфлот                                       | sue | FGUP Atomflot
      ru state Latin    | Federalnoye Gosudarstvennoye Unitarnoye Predpriyatiye Atomflot | sue | FSUE Atomflot
      ru nonprofit      | АНО Диалог                                          | nko | ANO Dialog
      ru sole trader    | ИП Иванов                                           | ip  | IP Ivanov
      uk Cyrillic       | ТОВ Укрбуд                                          | llc | Ukrbud LLC
      uk Latin          | Tovarystvo z obmezhenoyu vidpovidalnistyu Ukrbud    | llc | TOV Ukrbud
      be Cyrillic       | ААТ Беларуськалій                                   | jsc | Belaruskali OAO
      de                | Siemens Aktiengesellschaft                          | ag  | Siemens AG
      de GmbH           | Nord Stream Gesellschaft mit beschränkter Haftung   | gmbh | Nord Stream GmbH
      fr                | Thales Société Anonyme                              | sa  | Thales SA
      fr SARL           | Alpha Société à responsabilité limitée              | llc | Alpha SARL
      es                | Cemex Sociedad Anónima de Capital Variable          | sadecv | Cemex S.A. de C.V.
      it                | Fincantieri Società per Azioni                      | spa | Fincantieri SpA
      nl                | Damen Besloten Vennootschap                         | bv  | Damen B.V.
      se                | Volvo Aktiebolag                                    | ab  | Volvo AB
      fi                | Nokia Osakeyhtiö                                    | oy  | Nokia Oyj
      no                | Equinor Allmennaksjeselskap                         | as  | Equinor ASA
      pl                | Orlen Spółka Akcyjna                                | sa  | Orlen S.A.
      pl LLC            | Kopex Spółka z ograniczoną odpowiedzialnością       | spzoo | Kopex Sp. z o.o.
      cz                | Skoda Akciová společnost                            | as  | Skoda a.s.
      tr                | Tupras Anonim Şirketi                               | as  | Tupras A.Ş.
      ar Arabic script  | شركة الوطنية ذات مسؤولية محدودة                      | llc | الوطنية ش.م.م
      fa Persian script | شرکت سهامی خاص پارس                                 | jsc | Pars Company
      zh Han            | 华为技术有限公司                                       | ltd | Huawei Jishu Co Ltd
      zh pinyin         | Huawei Jishu Youxian Gongsi                         | ltd | Huawei Jishu Ltd
      ja Kanji          | 株式会社東芝                                           | jsc | Dongzhi KK
      ja Latin          | Toshiba Kabushiki Kaisha                            | jsc | Toshiba KK
      ko Hangul         | 삼성전자 주식회사                                      | jsc | Samseongjeonja Co Ltd
      ko Latin          | Samseongjeonja Jusik Hoesa                          | jsc | Samseongjeonja
      """)
  void everyFamilyBecomesItsSymbolAndMatchesOnTheDistinctivePart(String family, String listed, String symbol,
                                                                 String query) {
    assertThat(legal(listed)).as("legal forms of %s", listed).contains(symbol);
    assertThat(rest(listed)).as("distinctive part of %s", listed).isNotEmpty();
    double s = score(query, listed);
    assertThat(s).as("%s vs %s", query, listed).isGreaterThanOrEqualTo(0.9);
    String bare = String.join(" ", rest(listed));
    assertThat(score(bare, listed)).as("%s (no legal form) vs %s", bare, listed).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      AT&T               | at
      IP Ivanov Trading  | ip
      Ivan Stock Company | ivan
      """)
  void shortFormsCountOnlyAtTheEdges(String name, String firstForm) {
    assertThat(a.analyze(name, "Company").parts().get(0).form()).isEqualTo(firstForm);
    assertThat(a.analyze("Holding " + name + " Group", "Company").parts().stream()
        .noneMatch(p -> p.tag() == PartTag.LEGAL_FORM && p.form().equals(firstForm))).isTrue();
  }
}
