package io.cordon.screening;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic customer book for benchmarks: full person records (first, middle and last name,
 * gender, date and place of birth, nationality) and company records (name with a legal form,
 * country), in the shape of the yente benchmark's {@code negatives_us_validation_report.csv}. Names
 * come from twenty cultures, some written in their own script (Chinese, Japanese, Korean, Arabic,
 * Persian, Devanagari, Cyrillic, Greek); most rows are on no list, a small share are listed parties
 * taken from the given lists (with their birth date and nationality when listed), half of them
 * with a typo or another spelling. Deterministic for a seed.
 */
public final class CustomerBook {

  /** The columns written, in order; {@code cordon batch} recognises each by its header. */
  public static final List<String> HEADER = List.of("id", "full_name", "first_name", "middle_name", "last_name",
      "type", "gender", "date_of_birth", "place_of_birth", "nationality");

  /**
   * @param rows        rows to generate
   * @param listedShare share of rows that are listed parties (0.01 = 1%)
   * @param companyShare share of the other rows that are companies
   * @param seed        generator seed
   */
  public record Options(long rows, double listedShare, double companyShare, long seed) {
    public static Options of(long rows) {
      return new Options(rows, 0.01, 0.2, 20250415L);
    }

    public Options {
      if (rows < 0 || !(listedShare >= 0 && listedShare <= 1) || !(companyShare >= 0 && companyShare <= 1)) {
        throw new IllegalArgumentException("rows must be >= 0 and shares between 0 and 1");
      }
    }
  }

  /**
   * One generated row.
   *
   * @param expectedId the listed entity this row was made from, null for an unlisted party
   * @param kind       UNLISTED, LISTED (as listed) or a {@link NameVariants.Kind} (listed, altered)
   */
  public record Row(String id, String fullName, String firstName, String middleName, String lastName, String type,
                    String gender, String birthDate, String placeOfBirth, String nationality, String expectedId,
                    String kind) {
    public List<String> cells() {
      return List.of(id, fullName, firstName, middleName, lastName, type, gender, birthDate, placeOfBirth,
          nationality);
    }
  }

  /** Names of one culture; {@code nativeShare} of its people are written in their own script. */
  private record Culture(String[] male, String[] female, String[] last, String[] cities, String[] countries,
                         String[] words, String[] legalForms, Culture nativeScript, double nativeShare) {}

  private static String[] w(String s) {
    return s.split("\\|");
  }

  private static Culture latin(String male, String female, String last, String cities, String countries,
                               String words, String forms) {
    return new Culture(w(male), w(female), w(last), w(cities), w(countries), w(words), w(forms), null, 0);
  }

  private static Culture withScript(Culture c, String male, String female, String last, double share) {
    return new Culture(c.male, c.female, c.last, c.cities, c.countries, c.words, c.legalForms,
        new Culture(w(male), w(female), w(last), c.cities, c.countries, c.words, c.legalForms, null, 0), share);
  }

  private static final List<Culture> CULTURES = List.of(
      latin("James|John|Robert|Michael|William|David|Richard|Thomas|Christopher|Daniel|Matthew|Andrew|Kevin|Brian|Ryan",
          "Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Emily|Megan|Rachel|Laura|Nichole",
          "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Moore|Jackson|Thompson|White|Harris|Clark|Lewis|Walker|Young|Wright|Barr|Dalton",
          "New York|Chicago|Houston|London|Manchester|Toronto|Sydney|Dublin",
          "United States|United Kingdom|Canada|Australia|Ireland|New Zealand",
          "Pacific|Summit|Harbor|Atlas|Pioneer|Golden|Northern|Bridge|Capital|Evergreen",
          "LLC|Inc.|Ltd|Limited|Corp.|Holdings Ltd|PLC"),
      latin("José|Juan|Carlos|Luis|Miguel|Javier|Alejandro|Diego|Néstor|Pablo|Andrés|Fernando|Sergio",
          "María|Carmen|Lucía|Ana|Isabel|Sofía|Valentina|Custodia|Fidela|Catalina|Zoe Jazmin|Milena|Alejandra",
          "García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Gomez|Vargas|Ochoa|Bayón|Terrón|Arrieta",
          "Madrid|Seville|Valencia|Bogotá|Lima|Cali|Guadalajara|Concepción|Arequipa|Buenos Aires",
          "Spain|Mexico|Colombia|Peru|Chile|Argentina|Panama|El Salvador|Costa Rica",
          "Comercial|Inversiones|Servicios|Constructora|Alimentos|Transportes|Industrias|Grupo",
          "S.A.|S.L.|S.A. de C.V.|S.R.L.|S.A.S."),
      latin("João|Pedro|Lucas|Gabriel|Rafael|Tiago|Cláudio|Bruno|Rodrigo|Felipe|Mateus",
          "Ana|Beatriz|Mariana|Juliana|Camila|Núria|Alice|Larissa|Fernanda|Leticia",
          "Silva|Santos|Oliveira|Souza|Pereira|Costa|Ferreira|Almeida|Reis|Batista|Siqueira|Leão|Carvalho",
          "São Paulo|Rio de Janeiro|Salvador|Lisbon|Porto|Recife|Belo Horizonte",
          "Brazil|Portugal|Angola|Mozambique",
          "Comércio|Participações|Engenharia|Logística|Agropecuária|Tecnologia",
          "Ltda.|S.A.|Lda.|EIRELI"),
      latin("Lukas|Jonas|Felix|Maximilian|Gerfried|Victor|Tobias|Stefan|Jürgen|Matthias|Wolfgang|Klaus",
          "Anna|Julia|Lena|Rena|Almut|Sabine|Ursula|Katharina|Monika|Petra|Heike",
          "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Seifert|Hübel|Ladeck|Klemm|Zimmermann",
          "Berlin|Hamburg|Munich|Cologne|Vienna|Zurich|Frankfurt",
          "Germany|Austria|Switzerland",
          "Handel|Maschinenbau|Logistik|Immobilien|Beteiligungs|Verwaltungs|Technik",
          "GmbH|AG|GmbH & Co. KG|KG|UG"),
      latin("Jean|Pierre|Louis|Nicolas|Julien|Antoine|Mathieu|François|Olivier|Hugo",
          "Marie|Camille|Aimée|Marcelle|Chloé|Isabelle|Nathalie|Élodie|Juliette|Manon",
          "Martin|Bernard|Dubois|Moreau|Laurent|Lefebvre|Pruvost|Girard|Roux|Fournier|Lambert|Mercier",
          "Paris|Lyon|Marseille|Toulouse|Montreal|Brussels|Geneva",
          "France|Belgium|Switzerland|Canada|Senegal",
          "Conseil|Distribution|Transports|Industries|Immobilier|Services",
          "SARL|SAS|S.A.|SA|EURL"),
      latin("Luigi|Marco|Giuseppe|Alessandro|Francesco|Matteo|Lorenzo|Andrea|Davide|Riccardo",
          "Giulia|Francesca|Chiara|Sara|Ida|Carla|Elena|Martina|Alessia|Valentina",
          "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Collina|Bruno",
          "Rome|Milan|Naples|Turin|Florence|Bologna",
          "Italy|San Marino|Switzerland",
          "Costruzioni|Commerciale|Trasporti|Alimentari|Impianti|Servizi",
          "S.r.l.|S.p.A.|S.n.c.|S.a.s."),
      latin("Jan|Tom|Daan|Bram|Sem|Pieter|Joost|Ruud|Sander|Thijs",
          "Emma|Sanne|Anouk|Fleur|Lotte|Ella|Ecrin|Femke|Ilse|Noor",
          "de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|Goedhart|Rijks|Stamrood|van Dijk",
          "Amsterdam|Rotterdam|Utrecht|Antwerp|The Hague",
          "Netherlands|Belgium",
          "Handelsonderneming|Beheer|Transport|Bouw|Techniek",
          "B.V.|N.V.|V.O.F."),
      latin("Pontus|Örjan|Arild|Raimo|Lars|Erik|Anders|Mikko|Jussi|Henrik|Magnus",
          "Ingeborg|Tuva|Liisa|Anneli|Helena|Siiri|Krista|Viktoria|Elisabeth|Astrid|Sigrid",
          "Eriksson|Abrahamsen|Nyman|Andrén|Asikainen|Jenssen|Pelkonen|Malmqvist|Henningsson|Simonsson|Partanen|Lindqvist|Johansson|Nielsen|Korhonen",
          "Stockholm|Oslo|Bergen|Copenhagen|Aarhus|Odense|Helsinki|Gothenburg",
          "Sweden|Norway|Denmark|Finland|Iceland",
          "Shipping|Fisk|Bygg|Energi|Skog|Data",
          "AB|AS|A/S|Oy|ASA|ApS"),
      latin("Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Jakub|Grzegorz|Łukasz",
          "Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Zofia|Aleksandra",
          "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak",
          "Warsaw|Kraków|Gdańsk|Wrocław|Poznań|Łódź",
          "Poland|Czech Republic|Slovakia",
          "Budownictwo|Handel|Transport|Usługi|Technologie",
          "Sp. z o.o.|S.A.|s.r.o.|a.s."),
      withScript(latin("Sergei|Aleksandr|Dmitry|Andrei|Mikhail|Nikolai|Pavel|Yuri|Igor|Konstantin|Oleg|Vladislav",
              "Olga|Tatiana|Natalia|Elena|Irina|Svetlana|Anastasia|Ekaterina|Yulia|Marina|Ksenia",
              "Ivanov|Smirnov|Kuznetsov|Popov|Vasiliev|Sokolov|Mikhailov|Novikov|Fedorov|Morozov|Volkov|Lebedev|Kozlov",
              "Moscow|Saint Petersburg|Novosibirsk|Kazan|Kyiv|Minsk|Almaty",
              "Russia|Ukraine|Belarus|Kazakhstan|Latvia",
              "Stroy|Trans|Invest|Neft|Agro|Tekh|Snab|Servis",
              "OOO|AO|PAO|LLC|JSC"),
          "Сергей|Александр|Дмитрий|Андрей|Михаил|Николай|Павел|Юрий|Игорь",
          "Ольга|Татьяна|Наталья|Елена|Ирина|Светлана|Анастасия|Екатерина|Юлия",
          "Иванов|Смирнов|Кузнецов|Попов|Васильев|Соколов|Михайлов|Новиков|Федоров|Морозов", 0.4),
      withScript(latin("Ahmed|Mohammed|Omar|Khaled|Youssef|Hassan|Ibrahim|Tariq|Faisal|Karim|Mahmoud|Samir",
              "Fatima|Aisha|Mariam|Layla|Noor|Huda|Rania|Salma|Yasmin|Khashia|Dalia",
              "Haddad|Hassan|Mansour|Khalil|Nasser|Saleh|Zahran|Al-Dabbagh|Farouk|Hamdan|Kassem|Barakat",
              "Cairo|Amman|Beirut|Dubai|Riyadh|Casablanca|Tunis|Doha",
              "Egypt|Jordan|Lebanon|United Arab Emirates|Saudi Arabia|Morocco|Kuwait|Qatar",
              "Trading|General Contracting|Import & Export|Investment|Engineering",
              "LLC|FZE|FZCO|W.L.L.|Co."),
          "أحمد|محمد|عمر|خالد|يوسف|حسن|إبراهيم|طارق|فيصل|كريم",
          "فاطمة|عائشة|مريم|ليلى|نور|هدى|رانيا|سلمى|خاشعة",
          "حداد|منصور|خليل|ناصر|صالح|زهران|الدباغ|فاروق|حمدان|قاسم", 0.4),
      latin("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Emre|Burak|Murat|Can|Oğuz",
          "Ayşe|Fatma|Emine|Zeynep|Elif|Ecrin|Merve|Büşra|Selin|Deniz",
          "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Arslan|Doğan",
          "Istanbul|Ankara|Izmir|Bursa|Antalya",
          "Turkey|Cyprus|Azerbaijan",
          "İnşaat|Ticaret|Tekstil|Gıda|Lojistik",
          "A.Ş.|Ltd. Şti.|San. ve Tic. A.Ş."),
      withScript(latin("Reza|Ali|Hossein|Mehdi|Amir|Saeed|Hamid|Farhad|Dariush|Babak",
              "Maryam|Zahra|Fatemeh|Shirin|Parisa|Leila|Nasrin|Azadeh|Mina|Roya",
              "Hosseini|Rezaei|Mohammadi|Karimi|Jafari|Ahmadi|Moradi|Rahimi|Sadeghi|Tehrani",
              "Tehran|Isfahan|Shiraz|Tabriz|Mashhad|Kabul|Herat",
              "Iran|Afghanistan|Tajikistan",
              "Sanat|Tejarat|Pars|Saze|Behsazan",
              "Co.|Pvt. Ltd.|PJS"),
          "رضا|علی|حسین|مهدی|امیر|سعید|حمید|فرهاد",
          "مریم|زهرا|فاطمه|شیرین|پریسا|لیلا|نسرین",
          "حسینی|رضایی|محمدی|کریمی|جعفری|احمدی|مرادی", 0.3),
      withScript(latin("Rahul|Amit|Ravi|Sanjay|Vikram|Arjun|Rajesh|Suresh|Anil|Padma|Deepak",
              "Priya|Anjali|Pooja|Sunita|Kavita|Neha|Lakshmi|Divya|Meera|Asha",
              "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Mehta|Majumdar|Chatterjee|Rao",
              "Mumbai|Delhi|Bangalore|Chennai|Kolkata|Karachi|Lahore|Kathmandu|Dhaka",
              "India|Pakistan|Nepal|Bangladesh|Sri Lanka",
              "Exports|Textiles|Pharma|Infotech|Agro Industries|Steel",
              "Pvt. Ltd.|Private Limited|Ltd.|LLP"),
          "राहुल|अमित|रवि|संजय|विक्रम|अर्जुन|पद्म",
          "प्रिया|अंजलि|पूजा|सुनीता|कविता|नेहा",
          "शर्मा|पटेल|सिंह|कुमार|गुप्ता|मजूमदार", 0.3),
      withScript(latin("Wei|Jun|Hao|Lei|Tao|Ming|Jian|Qiang|Yong|Peng|Bo|Zhiming",
              "Fang|Li|Jing|Xiu|Mei|Ling|Yan|Hui|Xin|Juan",
              "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Lin|Guo",
              "Beijing|Shanghai|Guangzhou|Shenzhen|Taipei|Hong Kong|Singapore",
              "China|Taiwan|Hong Kong|Singapore|Malaysia",
              "Technology|Trading|Industrial|Electronics|Import Export|Holdings",
              "Co., Ltd.|Limited|Group Co., Ltd."),
          "伟|军|浩|磊|涛|明|建|强|勇|鹏|志明|國華",
          "芳|丽|静|秀|梅|玲|燕|慧|欣|娟",
          "王|李|张|刘|陈|杨|黄|赵|吴|周|林|楊", 0.5),
      withScript(latin("Hiroshi|Takashi|Kenji|Taichi|Yuki|Daisuke|Haruto|Sota|Ren|Kaito",
              "Aiko|Yuko|Sakura|Haruka|Yui|Mio|Akiko|Naomi|Emi|Rin",
              "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Hayashi",
              "Tokyo|Osaka|Yokohama|Nagoya|Sapporo|Fukuoka",
              "Japan",
              "Shoji|Kogyo|Denki|Seisakusho|Bussan|Kaihatsu",
              "K.K.|Co., Ltd.|Kabushiki Kaisha|G.K."),
          "浩|隆|健二|太一|優希|大輔|陽翔",
          "愛子|裕子|さくら|遥|結衣|明子",
          "佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|林", 0.4),
      withScript(latin("Minjun|Seojun|Geonwoo|Jihoon|Hyunwoo|Donghyun|Sungmin|Jaewon|Taeyang",
              "Seoyeon|Jiwoo|Minji|Soyeon|Yuna|Eunji|Hayoon|Jisoo|Nayeon",
              "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin",
              "Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju",
              "South Korea|Japan|United States",
              "Electronics|Heavy Industries|Chemical|Trading|Logistics",
              "Co., Ltd.|Corporation|Inc."),
          "민준|서준|건우|지훈|현우|동현|성민",
          "서연|지우|민지|소연|유나|은지",
          "김|이|박|최|정|강|조|윤", 0.5),
      latin("Nguyen Van|Minh|Tuan|Hung|Duc|Quang|Thanh|Long|Huy|Khanh",
          "Lan|Huong|Mai|Linh|Thu|Ngoc|Trang|Hoa|Phuong|Thao",
          "Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do",
          "Hanoi|Ho Chi Minh City|Da Nang|Hai Phong|Can Tho",
          "Vietnam|Cambodia|Laos",
          "Thuong Mai|Xay Dung|Dich Vu|Xuat Nhap Khau|San Xuat",
          "Co., Ltd.|JSC|Company Limited"),
      latin("Oluwaseun|Chinedu|Emeka|Tunde|Adebayo|Ifeanyi|Kwame|Kofi|Babajide|Chukwuemeka",
          "Ngozi|Chioma|Funmilayo|Adaeze|Yetunde|Amina|Abena|Folake|Nneka|Zainab",
          "Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Mensah|Owusu|Adewale|Ogunleye|Abubakar",
          "Lagos|Abuja|Ibadan|Accra|Kumasi|Nairobi|Mombasa|Dar es Salaam",
          "Nigeria|Ghana|Kenya|Tanzania|Uganda|South Africa",
          "Ventures|Global Resources|Oil & Gas|Enterprises|Agro Allied",
          "Ltd|Limited|Nigeria Limited|PLC"),
      withScript(latin("Georgios|Dimitrios|Konstantinos|Ioannis|Nikolaos|Panagiotis|Christos|Vasilis",
              "Maria|Eleni|Aikaterini|Vasiliki|Sofia|Angeliki|Dimitra|Georgia",
              "Papadopoulos|Papadakis|Georgiou|Pappas|Oikonomou|Nikolaidis|Karagiannis|Vlachos",
              "Athens|Thessaloniki|Patras|Heraklion|Limassol|Nicosia",
              "Greece|Cyprus",
              "Naftiliaki|Shipping|Maritime|Tourism|Trading",
              "S.A.|Ltd|A.E.|E.P.E."),
          "Γεώργιος|Δημήτριος|Κωνσταντίνος|Ιωάννης|Νικόλαος",
          "Μαρία|Ελένη|Αικατερίνη|Βασιλική|Σοφία",
          "Παπαδόπουλος|Παπαδάκης|Γεωργίου|Παππάς|Οικονόμου", 0.3));

  private static final List<String> ALL_COUNTRIES;

  static {
    List<String> all = new ArrayList<>();
    for (Culture c : CULTURES) {
      for (String x : c.countries) {
        if (!all.contains(x)) {
          all.add(x);
        }
      }
    }
    ALL_COUNTRIES = List.copyOf(all);
  }

  private static final NameVariants.Kind[] LISTED_CHANGES = {NameVariants.Kind.TYPO,
      NameVariants.Kind.TRANSLITERATION, NameVariants.Kind.REORDER};

  private final List<Entity> listed;
  private final Options options;

  /** @param lists entities of the lists; screenable people and organisations with a name are used */
  public CustomerBook(List<Entity> lists, Options options) {
    List<Entity> l = new ArrayList<>();
    for (Entity e : lists) {
      if (Schemata.isScreenable(e.schema()) && !e.names().isEmpty()
          && (e.isA("Person") || e.isA("Organization"))) {
        l.add(e);
      }
    }
    this.listed = List.copyOf(l);
    this.options = options;
  }

  /** Streams the rows (the same ones on every call). */
  public Iterable<Row> rows() {
    return () -> new java.util.Iterator<>() {
      private final Random random = new Random(options.seed());
      private final NameVariants variants = new NameVariants(random);
      private long i;

      @Override
      public boolean hasNext() {
        return i < options.rows();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        i++;
        String id = "c" + i;
        if (!listed.isEmpty() && random.nextDouble() < options.listedShare()) {
          return listedRow(id, random, variants);
        }
        Culture c = CULTURES.get(random.nextInt(CULTURES.size()));
        return random.nextDouble() < options.companyShare() ? company(id, c, random) : person(id, c, random);
      }
    };
  }

  /** Writes the rows as CSV with {@link #HEADER}. */
  public void writeCsv(Writer out) throws IOException {
    out.write(String.join(",", HEADER));
    out.write('\n');
    for (Row r : rows()) {
      List<String> cells = r.cells();
      for (int k = 0; k < cells.size(); k++) {
        if (k > 0) {
          out.write(',');
        }
        out.write(csv(cells.get(k)));
      }
      out.write('\n');
    }
  }

  private static String csv(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  private static Row person(String id, Culture culture, Random random) {
    Culture c = culture.nativeScript != null && random.nextDouble() < culture.nativeShare
        ? culture.nativeScript : culture;
    double g = random.nextDouble();
    String gender = g < 0.48 ? "male" : g < 0.97 ? "female" : "other";
    String[] firsts = gender.equals("male") ? c.male : gender.equals("female") ? c.female
        : random.nextBoolean() ? c.male : c.female;
    String first = pick(firsts, random);
    String middle = random.nextDouble() < 0.35 ? pick(random.nextBoolean() ? c.male : c.female, random) : "";
    if (middle.equals(first)) {
      middle = "";
    }
    String last = pick(c.last, random);
    String full = middle.isEmpty() ? first + " " + last : first + " " + middle + " " + last;
    LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 66));
    String nationality = random.nextDouble() < 0.7 ? pick(c.countries, random)
        : ALL_COUNTRIES.get(random.nextInt(ALL_COUNTRIES.size()));
    return new Row(id, full, first, middle, last, "person", gender, dob.toString(), pick(c.cities, random),
        nationality, null, "UNLISTED");
  }

  private static Row company(String id, Culture c, Random random) {
    String name = switch (random.nextInt(3)) {
      case 0 -> pick(c.last, random) + " " + pick(c.words, random);
      case 1 -> pick(c.words, random) + " " + pick(c.words, random);
      default -> pick(c.cities, random) + " " + pick(c.words, random);
    };
    name = name + " " + pick(c.legalForms, random);
    return new Row(id, name, "", "", "", "company", "", "", "", pick(c.countries, random), null, "UNLISTED");
  }

  private Row listedRow(String id, Random random, NameVariants variants) {
    Entity e = listed.get(random.nextInt(listed.size()));
    String name = e.names().get(random.nextInt(e.names().size()));
    String kind = "LISTED";
    if (random.nextBoolean()) {
      NameVariants.Variant v = variants.variant(name, LISTED_CHANGES[random.nextInt(LISTED_CHANGES.length)]);
      if (v != null) {
        name = v.name();
        kind = v.kind().name();
      }
    }
    boolean person = e.isA("Person");
    String country = first(e, person ? "nationality" : "jurisdiction", "country");
    return new Row(id, name, "", "", "", person ? "person" : "company", person ? orEmpty(e.first("gender")) : "",
        person ? first(e, "birthDate") : first(e, "incorporationDate"), "", country, e.id(), kind);
  }

  private static String first(Entity e, String... properties) {
    for (String p : properties) {
      String v = e.first(p);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String pick(String[] a, Random random) {
    return a[random.nextInt(a.length)];
  }
}
