package io.cordon.sources.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.testing.FtmCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom lists (CSV and YAML) and the bundled EO 14024 demo list. */
@Tag("shared-data")
class CustomListTest {
  private static final ListAdapters ADAPTERS = ListAdapters.load();

  @TempDir
  Path tmp;

  private static Map<String, Entity> byId(ParsedList l) {
    return l.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  private Path demo() throws Exception {
    Path p = tmp.resolve("eo14024-2021-04-15.yaml");
    try (InputStream in = getClass().getResourceAsStream("/io/cordon/demo/eo14024-2021-04-15.yaml")) {
      assertThat(in).isNotNull();
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void demoListHoldsTheApril2021DesignationsAndDirectiveBodies() throws Exception {
    ParsedList list = ADAPTERS.read(demo(), Optional.empty());
    assertThat(list.format()).isEqualTo(ListFormat.CUSTOM_YAML);
    assertThat(list.published()).contains(LocalDate.of(2021, 4, 15));
    assertThat(list.source()).contains("demo_eo14024");
    assertThat(list.targetCount()).isEqualTo(10);
    Map<String, Entity> e = byId(list);
    assertThat(e.keySet()).contains("ofac-31412", "ofac-31414", "ofac-31415", "ofac-31452", "ofac-31455",
        "ofac-31611", "ofac-31291", "ofac-31693", "ofac-31694", "ofac-31695");
    Entity pt = e.get("ofac-31455");
    assertThat(pt.get(Prop.ALIAS)).contains("POSITIVE TECHNOLOGIES", "AO Pozitiv Teknolodzhiz", "Позитив Текнолоджиз",
        "POZITIV TEKNOLODZHIZ, AO");
    assertThat(pt.get(Prop.INN_CODE)).containsExactly("7718668887");
    assertThat(e.get("ofac-31455-sanction").get(Prop.PROGRAM)).contains("RUSSIA-EO14024", "CYBER2");
    assertThat(e.get("ofac-31455-sanction").get(Prop.AUTHORITY)).containsExactly("Office of Foreign Assets Control");
    assertThat(e.get("ofac-31455-sanction").get(Prop.LISTING_DATE)).containsExactly("2021-04-15");
    assertThat(e.get("ofac-31291").get(Prop.BIRTH_DATE)).containsExactly("1970-04-27");
    assertThat(e.get("ofac-31291").get(Prop.ADDRESS)).containsExactly("Moscow, Russia", "Kyiv, Ukraine");
    for (String ent : new String[] {"31693", "31694", "31695"}) {
      Entity s = e.get("ofac-" + ent + "-sanction");
      assertThat(s.get(Prop.PROVISIONS)).containsExactly("EO 14024 Directive 1", "EO 14024 Directive 1A", "EO 14024 Directive 4");
      assertThat(s.get(Prop.AUTHORITY_ID)).containsExactly(ent);
      assertThat(s.first(Prop.SUMMARY)).contains("primary market");
    }
    assertThat(e.get("ofac-31695").get(Prop.SWIFT_BIC)).containsExactly("CBRFRUMM");
    for (Entity x : list.entities()) {
      assertThat(x.datasets()).containsExactly("demo_eo14024");
    }
    FtmCheck.Result r = FtmCheck.check(list.entities());
    assertThat(r.problems()).as(r.output()).isEmpty();
  }

  @Test
  void demoAgreesWithTheOfacFiles() throws Exception {
    Map<String, Entity> demo = byId(ADAPTERS.read(demo(), Optional.empty()));
    Map<String, Entity> sdn = byId(ADAPTERS.read(io.cordon.testing.SharedData.path("ofac_legacy_csv_2021-07"), Optional.empty()));
    Map<String, Entity> cons = byId(ADAPTERS.read(io.cordon.testing.SharedData.path("ofac_consolidated_nonsdn_2025-12"), Optional.empty()));
    for (String id : new String[] {"ofac-31412", "ofac-31414", "ofac-31415", "ofac-31452", "ofac-31455", "ofac-31611", "ofac-31291"}) {
      Entity d = demo.get(id);
      Entity o = sdn.get(id);
      assertThat(d.get(Prop.NAME)).as(id).isEqualTo(o.get(Prop.NAME));
      assertThat(d.get(Prop.ALIAS)).as(id).containsAll(o.get(Prop.ALIAS));
      assertThat(d.get(Prop.INN_CODE)).as(id).isEqualTo(o.get(Prop.INN_CODE));
      assertThat(d.get(Prop.ADDRESS)).as(id).isEqualTo(o.get(Prop.ADDRESS));
      assertThat(demo.get(id + "-sanction").get(Prop.PROGRAM)).as(id).isEqualTo(sdn.get(id + "-sanction").get(Prop.PROGRAM));
    }
    for (String id : new String[] {"ofac-31693", "ofac-31694", "ofac-31695"}) {
      assertThat(demo.get(id).get(Prop.NAME)).isEqualTo(cons.get(id).get(Prop.NAME));
      assertThat(demo.get(id).get(Prop.ALIAS)).containsAll(cons.get(id).get(Prop.ALIAS));
      assertThat(demo.get(id).get(Prop.ADDRESS)).containsAll(cons.get(id).get(Prop.ADDRESS));
    }
    assertThat(demo.get("ofac-31695").get(Prop.OGRN_CODE)).isEqualTo(cons.get("ofac-31695").get(Prop.OGRN_CODE));
    assertThat(demo.get("ofac-31291").get(Prop.PASSPORT_NUMBER)).isEqualTo(sdn.get("ofac-31291").get(Prop.PASSPORT_NUMBER));
  }

  @Test
  void csvPersonaNonGrataList() throws Exception {
    Path csv = Files.writeString(tmp.resolve("png.csv"), """
        id,schema,name,aliases,birth_date,nationality,gender,position,passport_number,program,authority,listed_on,reason
        png-001,Person,Ivan Example PETROV,"PETROV, Ivan;Иван Петров",1970-03-02,Russia,M,Second Secretary,X1234,Persona non grata,Ministry of Foreign Affairs of Exampleland,2021-04-15,Activities incompatible with diplomatic status
        png-002,Person,"Anna FICTIONAL, the second",,1981,ru,female,,,Persona non grata,Ministry of Foreign Affairs of Exampleland,2021-04-15,
        """);
    ParsedList list = ADAPTERS.read(csv, Optional.empty());
    assertThat(list.format()).isEqualTo(ListFormat.CUSTOM_CSV);
    Map<String, Entity> e = byId(list);
    assertThat(e.get("png-001").schema()).isEqualTo(Schemata.PERSON);
    assertThat(e.get("png-001").get(Prop.ALIAS)).containsExactly("PETROV, Ivan", "Иван Петров");
    assertThat(e.get("png-001").get(Prop.NATIONALITY)).containsExactly("ru");
    assertThat(e.get("png-001").get(Prop.GENDER)).containsExactly("male");
    assertThat(e.get("png-001-sanction").get(Prop.LISTING_DATE)).containsExactly("2021-04-15");
    assertThat(e.get("png-001-sanction").get(Prop.REASON)).containsExactly("Activities incompatible with diplomatic status");
    assertThat(e.get("png-002").get(Prop.NAME)).containsExactly("Anna FICTIONAL, the second");
    assertThat(e.get("png-002").get(Prop.BIRTH_DATE)).containsExactly("1981");
    assertThat(list.targetCount()).isEqualTo(2);
  }

  @Test
  void csvErrorsNameLineAndColumn() throws Exception {
    Path badDate = Files.writeString(tmp.resolve("a.csv"), "id,schema,name,birth_date\nx1,Person,A B,1970\nx2,Person,C D,02.03.1970\n");
    assertThatThrownBy(() -> ADAPTERS.read(badDate, Optional.of(ListFormat.CUSTOM_CSV)))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("a.csv: line 3 (column birth_date)")
        .hasMessageContaining("not an FtM date");
    Path unknown = Files.writeString(tmp.resolve("b.csv"), "id,name,shoe_size\nx1,A,42\n");
    assertThatThrownBy(() -> ADAPTERS.read(unknown, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("unknown column 'shoe_size'");
    Path noName = Files.writeString(tmp.resolve("c.csv"), "id,schema,name\nx1,Person,\n");
    assertThatThrownBy(() -> ADAPTERS.read(noName, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("line 2").hasMessageContaining("name is missing");
    Path dup = Files.writeString(tmp.resolve("d.csv"), "id,name\nx1,A\nx1,B\n");
    assertThatThrownBy(() -> ADAPTERS.read(dup, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("line 3").hasMessageContaining("appears twice");
    Path schema = Files.writeString(tmp.resolve("e.csv"), "id,schema,name\nx1,Sanction,A\n");
    assertThatThrownBy(() -> ADAPTERS.read(schema, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("schema 'Sanction' is not one of");
    Path country = Files.writeString(tmp.resolve("f.csv"), "id,schema,name,nationality\nx1,Person,A,Atlantis\n");
    assertThatThrownBy(() -> ADAPTERS.read(country, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("unknown country 'Atlantis'");
    Path truncated = Files.writeString(tmp.resolve("g.csv"), "id,name,notes\nx1,A,\"unfinished note\n");
    assertThatThrownBy(() -> ADAPTERS.read(truncated, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("truncated");
    Path headerOnly = Files.writeString(tmp.resolve("h.csv"), "id,schema,name\n");
    assertThatThrownBy(() -> ADAPTERS.read(headerOnly, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("no entries");
    Path wrongCount = Files.writeString(tmp.resolve("i.csv"), "id,schema,name\nx1,Person\n");
    assertThatThrownBy(() -> ADAPTERS.read(wrongCount, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("line 2: 2 fields, the header has 3");
  }

  @Test
  void yamlErrorsNameLineAndField() throws Exception {
    Path badProp = Files.writeString(tmp.resolve("a.yaml"), """
        cordon-list: 1
        entities:
          - id: a1
            schema: Person
            name: A B
          - id: a2
            schema: Company
            name: C
            birthDate: 1970
        """);
    assertThatThrownBy(() -> ADAPTERS.read(badProp, Optional.empty()))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("line 6 (entities[1], id a2), birthDate: property birthDate does not exist on Company");
    Path syntax = Files.writeString(tmp.resolve("b.yaml"), "cordon-list: 1\nentities:\n  - id: [unclosed\n");
    assertThatThrownBy(() -> ADAPTERS.read(syntax, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("YAML error at line");
    Path version = Files.writeString(tmp.resolve("c.yaml"), "cordon-list: 2\nentities: []\n");
    assertThatThrownBy(() -> ADAPTERS.read(version, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("version 2 is not supported");
    Path unknownKey = Files.writeString(tmp.resolve("d.yaml"), "cordon-list: 1\nsorce: x\nentities: []\n");
    assertThatThrownBy(() -> ADAPTERS.read(unknownKey, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("line 2: unknown key 'sorce'");
    // a key given twice would silently lose its first value
    Path twice = Files.writeString(tmp.resolve("d2.yaml"),
        "cordon-list: 1\nentities:\n  - id: a1\n    schema: Person\n    name: A B\n    name: C D\n");
    assertThatThrownBy(() -> ADAPTERS.read(twice, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("YAML error at line 6").hasMessageContaining("'name'");
    Path empty = Files.writeString(tmp.resolve("e.yaml"), "cordon-list: 1\nentities: []\n");
    assertThatThrownBy(() -> ADAPTERS.read(empty, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("no entities");
    Path badSanction = Files.writeString(tmp.resolve("f.yaml"), """
        cordon-list: 1
        entities:
          - id: a1
            name: A
            sanction: {listingDate: 15.04.2021}
        """);
    assertThatThrownBy(() -> ADAPTERS.read(badSanction, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("sanction.listingDate")
        .hasMessageContaining("not an FtM date");
  }

  /** The examples in docs/custom-lists.md are real: each code block reads as the format it shows. */
  @Test
  void documentedExamplesRead() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "custom-lists.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```(csv|yaml)\n(.*?)```", java.util.regex.Pattern.DOTALL)
        .matcher(doc);
    int n = 0;
    while (m.find()) {
      Path f = Files.writeString(tmp.resolve("example" + n++ + "." + m.group(1)), m.group(2));
      ParsedList l = ADAPTERS.read(f, Optional.empty());
      assertThat(l.format()).isEqualTo(m.group(1).equals("csv") ? ListFormat.CUSTOM_CSV : ListFormat.CUSTOM_YAML);
      assertThat(l.targetCount()).isEqualTo(2);
      assertThat(byId(l).get("png-001-sanction").get(Prop.REASON)).containsExactly("Activities incompatible with diplomatic status");
    }
    assertThat(n).isEqualTo(2);
  }
}
