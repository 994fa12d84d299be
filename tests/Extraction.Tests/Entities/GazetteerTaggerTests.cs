using Extraction.Entities;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

public class GazetteerTaggerTests
{
    private static List<(string Text, string Label)> Pairs(string text) => Annotate.EntityPairs(EntityTestData.Tag(text)).ToList();

    [Fact]
    public void Common_word_city_needs_capital_and_not_sentence_start()
    {
        Assert.Contains(("Reading", EntityLabels.Loc), Pairs("He moved to Reading last year."));
        // nor inside a run of capitals, where it is part of another name
        Assert.DoesNotContain(Pairs("He joined the Radical Reading Campaign last year."), p => p.Label == EntityLabels.Loc);
        Assert.DoesNotContain(Pairs("He was reading a book."), p => p.Label == EntityLabels.Loc);
        Assert.DoesNotContain(Pairs("Reading is fun."), p => p.Label == EntityLabels.Loc);
    }

    /// <summary>A one-word place after a first name is a surname ("Kay Mann"); after a first name that is a place too, a
    /// place ("Austin Texas").</summary>
    [Fact]
    public void A_place_after_a_first_name_is_a_surname()
    {
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Please send it to Kay Mann today."), p => p.Label == EntityLabels.Loc);
        Assert.Contains(("Texas", EntityLabels.Loc), EntityTestData.PairsWithCommitted("He flew to Austin Texas today."));
    }

    /// <summary>A listed name holding the Arabic article in lower case is found whole (it found "Sharm" alone).</summary>
    [Fact]
    public void A_listed_name_with_the_arabic_article_inside_is_found_whole()
    {
        Assert.Contains(("Sharm el-Sheikh", EntityLabels.Loc), EntityTestData.PairsWithCommitted("The deal was reached in Sharm el-Sheikh on Monday."));
    }

    /// <summary>Autonomous and breakaway regions the country lists leave out are places of the committed gazetteer ("the secession
    /// of Republika Srpska" found nothing).</summary>
    [Theory]
    [InlineData("Dodik threatened to push for the secession of Republika Srpska from Bosnia.", "Republika Srpska")]
    [InlineData("Ethiopia signed a memorandum with the breakaway region of Somaliland.", "Somaliland")]
    [InlineData("Activists from Karakalpakstan were detained.", "Karakalpakstan")]
    public void Autonomous_regions_are_places(string text, string region) =>
        Assert.Contains((region, EntityLabels.Loc), EntityTestData.PairsWithCommitted(text));

    /// <summary>A person the dictionaries spell with the article apart is found as news writes it, joined ("Bashar al-Assad"
    /// was no name to the gazetteer, and the model missed it).</summary>
    [Fact]
    public void A_listed_person_is_found_with_the_arabic_article_joined()
    {
        Assert.Contains(("Bashar al-Assad", EntityLabels.Person), EntityTestData.PairsWithCommitted("The offensive toppled Bashar al-Assad in December."));
        Assert.Equal("BASHAR AL-ASSAD", Extraction.Entities.GazetteerBuilder.ArticleJoined("BASHAR AL ASSAD"));
        Assert.Null(Extraction.Entities.GazetteerBuilder.ArticleJoined("AL QAEDA"));  // the article opening a name stays
    }

    /// <summary>The curated organisations news names most: a wire's acronym in capitals only ("AP" as the Associated Press).</summary>
    [Fact]
    public void A_wire_and_a_carmaker_are_organisations()
    {
        var pairs = EntityTestData.PairsWithCommitted("KHARTOUM (AP) — Volkswagen said on Monday it would cut jobs. Tap the map.");
        Assert.Contains(("AP", EntityLabels.Org), pairs);
        Assert.Contains(("Volkswagen", EntityLabels.Org), pairs);
        Assert.Equal("Associated Press", EntityTestData.TagWithCommitted("KHARTOUM (AP) — Fighting resumed.").Entities.Single(e => e.Text == "AP").Canonical);
        // the technology companies regulators fine (there was no Apple, and Meta was a person)
        var fined = EntityTestData.PairsWithCommitted("The European Commission fined Apple 500 million euros and Meta 200 million euros.");
        Assert.Contains(("Apple", EntityLabels.Org), fined);
        Assert.Contains(("Meta", EntityLabels.Org), fined);
    }

    /// <summary>A place's name before "Day" names a holiday ("Independence" is a town in Missouri).</summary>
    [Fact]
    public void A_holiday_is_no_place()
    {
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Zelenskiy, speaking on Independence Day, said so."), p => p.Text == "Independence");
        Assert.Contains(("Independence", EntityLabels.Loc), EntityTestData.PairsWithCommitted("He grew up in Independence, Missouri."));
    }

    [Fact]
    public void Abbreviation_only_in_capitals()
    {
        Assert.Contains(("US", EntityLabels.Loc), Pairs("The US agreed."));
        Assert.DoesNotContain(Pairs("He told us so."), p => p.Label == EntityLabels.Loc);
        // in a line of capitals a code that is an English word is the word ("AS" read American Samoa); "US" stays a place
        var shouted = EntityTestData.PairsWithCommitted("MOSCOW HOSTS TALKS ON KARABAKH AS MINSK GROUP PRESSES FOR DEAL\n\nThe talks began on Monday.");
        Assert.DoesNotContain(shouted, p => p.Text == "AS");
        Assert.Contains(("US", EntityLabels.Loc), EntityTestData.PairsWithCommitted("US SANCTIONS RUSSIA AS TALKS STALL\n\nThe talks began on Monday."));
    }

    /// <summary>A small place's word in a headline that the body writes only inside a longer name is that name's word ("FLEET"
    /// read the town of Fleet); one the body writes alone stays the place.</summary>
    [Fact]
    public void A_headline_word_the_body_writes_only_inside_a_name_is_no_small_place()
    {
        const string headline = "DEAL EXTENDS FLEET'S STAY IN SEVASTOPOL\n\n";
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted(headline + "The lease of the Black Sea Fleet's base was extended."), p => p.Text == "FLEET");
        Assert.Contains(("FLEET", EntityLabels.Loc), EntityTestData.PairsWithCommitted(headline + "Shops in Fleet were closed."));
    }

    [Fact]
    public void Acronym_of_a_dictionary_name_only_in_capitals()
    {
        // PETRARCH2's "LASHKAR-E-TAIBA (LET)", "ARYAN NATIONS (AN)": the acronyms are names only when written in capitals.
        Assert.Contains(("LET", EntityLabels.Org), EntityTestData.PairsWithCommitted("Police blamed the LET for the attack."));
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Let me know. An answer would help."), p => p.Label == EntityLabels.Org);
    }

    [Fact]
    public void A_place_is_known_by_the_name_the_text_gives_it_unless_the_text_abbreviates_it()
    {
        // countries_mledoze calls it "Türkiye" (CountryInfo's older record says "Turkey"); GeoNames "Washington, D.C.".
        var doc = EntityTestData.TagWithCommitted("Talks between Turkey and Greece resumed in Washington. We had turkey for dinner. The U.S. agreed.");
        Assert.Equal("Turkey", Assert.Single(doc.Entities, e => e.Label == EntityLabels.Loc && e.Text == "Turkey").Canonical);
        Assert.Equal("Washington", Assert.Single(doc.Entities, e => e.Text == "Washington").Canonical);
        Assert.Equal("United States", Assert.Single(doc.Entities, e => e.Text == "U.S.").Canonical);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "turkey");
        // a dateline in capitals is title-cased (GeoNames says "Al Khartoum"), an abbreviation in capitals keeps the full name
        doc = EntityTestData.TagWithCommitted("KHARTOUM (AP) — The army said the UK agreed.");
        Assert.Equal("Khartoum", Assert.Single(doc.Entities, e => e.Text == "KHARTOUM").Canonical);
        Assert.Equal("United Kingdom", Assert.Single(doc.Entities, e => e.Text == "UK").Canonical);
        // … in the list's casing where the list writes the same name (title-casing read "Port-Au-Prince")
        doc = EntityTestData.TagWithCommitted("PORT-AU-PRINCE (AP) — Gangs attacked a police station.");
        Assert.Equal("Port-au-Prince", Assert.Single(doc.Entities, e => e.Text == "PORT-AU-PRINCE").Canonical);
        // an acronym the list title-cases keeps the text's capitals ("Unesco" in the list)
        doc = EntityTestData.TagWithCommitted("The hotel is a UNESCO World Heritage site.");
        Assert.Equal("UNESCO", Assert.Single(doc.Entities, e => e.Text == "UNESCO").Canonical);
    }

    /// <summary>The nations of the United Kingdom and "Britain", which no source lists, are places (the committed gazetteer had
    /// none of them); "Britain" is the country's name.</summary>
    [Fact]
    public void Britain_and_the_nations_of_the_United_Kingdom_are_places()
    {
        var pairs = EntityTestData.PairsWithCommitted("Storms hit Wales and Scotland, and Britain sent aid to Northern Ireland and England.");
        foreach (var place in new[] { "Wales", "Scotland", "Britain", "Northern Ireland", "England" })
            Assert.Contains((place, EntityLabels.Loc), pairs);
        Assert.Equal("United Kingdom", EntityTestData.Committed.Canonical(EntityTestData.Committed.Find("Britain")));
    }

    /// <summary>Organisations news names often that no source lists are known (the committed gazetteer had none of these), an
    /// acronym only in capitals.</summary>
    [Fact]
    public void Well_known_organisations_that_no_source_lists_are_known()
    {
        var pairs = EntityTestData.PairsWithCommitted("Gazprom and Rosatom signed deals, the OSCE and the African Union said, and the FSB detained a man.");
        foreach (var name in new[] { "Gazprom", "Rosatom", "OSCE", "African Union", "FSB" })
            Assert.Contains((name, EntityLabels.Org), pairs);
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The sco of the project was wide."), p => p.Label == EntityLabels.Org);
    }

    /// <summary>A leader the dictionaries list in his organisation's block is a person, and a name another organisation's root
    /// ends in is known by itself (the gazetteer had "Hassan Nasrallah" and "Islamic Jihad" as Hezbollah).</summary>
    [Fact]
    public void A_leader_listed_under_an_organisation_is_a_person_and_a_shared_name_keeps_its_own_canonical()
    {
        var gazetteer = EntityTestData.Committed;
        int nasrallah = gazetteer.Find("Hassan Nasrallah"), jihad = gazetteer.Find("Islamic Jihad");
        Assert.Equal((EntityLabels.Person, "Hassan Nasrallah"), (gazetteer.Label(nasrallah), gazetteer.Canonical(nasrallah)));
        Assert.Equal((EntityLabels.Org, "Islamic Jihad"), (gazetteer.Label(jihad), gazetteer.Canonical(jihad)));
        Assert.Equal("Hezbollah", gazetteer.Canonical(gazetteer.Find("Hizballah")));
    }

    /// <summary>A dictionary group named by a date is no name, and a name with a number no person's (the citation's "May 15"
    /// was the person "May 15", PETRARCH2's group "MAY 15").</summary>
    [Fact]
    public void A_date_in_a_citation_is_no_dictionary_name()
    {
        var doc = EntityTestData.TagWithCommitted("The two sides signed agreements (Gazeta.uz, May 15).");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "May 15" && e.Label == EntityLabels.Person);
        Assert.Equal(EntityLabels.Org, EntityTestData.Committed.Label(EntityTestData.Committed.Find("May 19 Communist Order")));
    }

    /// <summary>A short place in capitals opening a dateline is the dateline's place, not an abbreviation (it was left to
    /// the model, whose span kept "KYIV" as its canonical name); elsewhere such a word stays unknown.</summary>
    [Fact]
    public void A_short_place_in_capitals_opening_a_dateline_is_the_place()
    {
        var doc = EntityTestData.TagWithCommitted("Prisoners swapped\n\nKYIV/MOSCOW, May 23 (AP) — Russia and Ukraine swapped prisoners.");
        Assert.Equal(("Kyiv", "Moscow"), (doc.Entities.Single(e => e.Text == "KYIV").Canonical, doc.Entities.Single(e => e.Text == "MOSCOW").Canonical));
        Assert.Equal("Tokyo", EntityTestData.TagWithCommitted("TOKYO (Reuters) - Shares rose.").Entities.Single(e => e.Text == "TOKYO").Canonical);
        Assert.DoesNotContain(EntityTestData.TagWithCommitted("He said TOKYO was the code word.").Entities, e => e.Text == "TOKYO");
    }

    [Fact]
    public void A_dictionary_name_keeps_its_abbreviations_and_numerals_in_capitals()
    {
        // PETRARCH2 writes names in capitals ("UN_SECURITY_COUNCIL"): title-casing them must not give "Un Security Council".
        var doc = EntityTestData.TagWithCommitted("The UN Security Council met on Friday.");
        Assert.Equal("UN Security Council", Assert.Single(doc.Entities, e => e.Text == "UN Security Council").Canonical);
        Assert.Equal("Alliance World Dollar Government Fund II", Extraction.Entities.GazetteerBuilder.TitleCase("ALLIANCE WORLD DOLLAR GOVERNMENT FUND II"));
        Assert.Equal("Burma Campaign UK", Extraction.Entities.GazetteerBuilder.TitleCase("BURMA CAMPAIGN UK", organisation: true));
        Assert.Equal("Kang Chang Uk", Extraction.Entities.GazetteerBuilder.TitleCase("KANG CHANG UK"));
        Assert.Equal(("Elizabeth II", "Xi Jinping"), (Extraction.Entities.GazetteerBuilder.TitleCase("ELIZABETH II"), Extraction.Entities.GazetteerBuilder.TitleCase("XI JINPING")));
        Assert.Equal("Harakut Ul Jihad", Extraction.Entities.GazetteerBuilder.TitleCase("HARAKUT UL JIHAD"));
        // particles inside a hyphenated name stay lower case (it wrote "Lashkar-E-Taiba"); a first part does not
        Assert.Equal("Lashkar-e-Taiba", Extraction.Entities.GazetteerBuilder.TitleCase("LASHKAR-E-TAIBA", organisation: true));
        Assert.Equal("Al-Nusra Front", Extraction.Entities.GazetteerBuilder.TitleCase("AL-NUSRA FRONT", organisation: true));
        // the United Nations is one canonical name whatever its abbreviation (it kept "UN" and "U.N.")
        Assert.All(EntityTestData.TagWithCommitted("The UN said so. The U.N. agreed.").Entities.Where(e => e.Label == EntityLabels.Org),
            e => Assert.Equal("United Nations", e.Canonical));
    }

    [Fact]
    public void In_a_headline_a_one_word_name_the_body_writes_in_lower_case_is_that_word()
    {
        // "Island" is Iceland's name in other languages; the body sails "around the island"
        var pairs = EntityTestData.PairsWithCommitted("Taiwan Reports Surge in Chinese Military Flights Near Island\n\nShips sailed around the island on Monday.");
        Assert.DoesNotContain(pairs, p => p.Text == "Island");
        Assert.Contains(("Taiwan", EntityLabels.Loc), pairs);
    }

    [Fact]
    public void A_small_place_with_diacritics_is_taken_only_as_written()
    {
        Assert.Contains(("Göd", EntityLabels.Loc), EntityTestData.PairsWithCommitted("They drove to Göd yesterday."));
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("They thanked God for the rain."), p => p.Label == EntityLabels.Loc);
        Assert.Contains(("Sao Paulo", EntityLabels.Loc), EntityTestData.PairsWithCommitted("They flew to Sao Paulo yesterday."));
    }

    [Fact]
    public void A_well_known_place_is_taken_in_lower_case_but_not_an_alternate_or_doubtful_name()
    {
        var pairs = EntityTestData.PairsWithCommitted("we flew from san francisco to florida last week");
        Assert.Contains(("san francisco", EntityLabels.Loc), pairs);
        Assert.Contains(("florida", EntityLabels.Loc), pairs);
        // "island" is Iceland's name in other languages, "reading" a common word, "us" an abbreviation.
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("the island was reading us the news"), p => p.Label == EntityLabels.Loc);
    }

    [Theory]
    [InlineData("Militants linked to al Qaeda attacked the base.", "al Qaeda")]
    [InlineData("Militants linked to al-Qaeda attacked the base.", "al-Qaeda")]
    public void A_name_may_begin_with_the_Arabic_article_in_lower_case(string text, string name) =>
        Assert.Contains((name, EntityLabels.Org), EntityTestData.PairsWithCommitted(text));

    /// <summary>The dictionaries spell "Sergey Lavrov"; the article's spelling is the person's canonical name.</summary>
    [Fact]
    public void A_person_keeps_the_spelling_of_the_text()
    {
        var doc = EntityTestData.TagWithCommitted("Foreign Minister Sergei Lavrov arrived in Moscow.");
        var lavrov = Assert.Single(doc.Entities, e => e.Text == "Sergei Lavrov");
        Assert.Equal((EntityLabels.Person, "Sergei Lavrov"), (lavrov.Label, lavrov.Canonical));
    }

    /// <summary>"NICE" alone in capitals is shouting or an abbreviation, but in a headline of capitals a short name is a name.</summary>
    [Fact]
    public void A_short_name_in_a_headline_of_capitals_is_a_name()
    {
        Assert.Contains(("ITALY", EntityLabels.Loc), EntityTestData.PairsWithCommitted("RUGBY UNION - CUTTITTA BACK FOR ITALY AFTER A YEAR ."));
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The food was NICE and cheap."), p => p.Text == "NICE");
    }

    /// <summary>The dictionaries write "HAMAS"; the text's "Hamas" is the canonical name, while an acronym keeps its capitals.</summary>
    [Fact]
    public void A_canonical_name_differing_only_in_case_follows_the_text()
    {
        var doc = EntityTestData.TagWithCommitted("Officials of Hamas met envoys of the IMF in Cairo.");
        Assert.Equal("Hamas", Assert.Single(doc.Entities, e => e.Text == "Hamas").Canonical);
        Assert.Equal("International Monetary Fund", Assert.Single(doc.Entities, e => e.Text == "IMF").Canonical);
    }

    /// <summary>Edited text capitalises its places, so there a lower-case word is not one ("lira" is also a Ugandan town).</summary>
    [Fact]
    public void Edited_text_has_no_lower_case_places()
    {
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The Turkish lira weakened 0.3 percent. Traders in Ankara sold it."),
            p => p.Text == "lira");
        Assert.Contains(("lira", EntityLabels.Loc), EntityTestData.PairsWithCommitted("we drove to lira last week. the roads were bad."));
    }

    [Fact]
    public void Ambiguous_name_not_taken_inside_a_longer_capitalised_name()
    {
        Assert.Contains(("Florence", EntityLabels.Loc), Pairs("They flew to Florence on time."));
        Assert.DoesNotContain(("Florence", EntityLabels.Loc), Pairs("They met Florence Nightingale there."));
    }

    [Fact]
    public void Spans_have_no_determiner_or_possessive_and_carry_canonical()
    {
        var doc = EntityTestData.Tag("Aid from the U.S. and Russia’s reply.");
        var us = Assert.Single(doc.Entities, e => e.Text == "U.S.");
        Assert.Equal("United States", us.Canonical);
        Assert.Single(doc.Entities, e => e.Text == "Russia" && e.Label == EntityLabels.Loc);
        Assert.All(doc.Entities, e => Assert.False(e.Text.StartsWith("the ") || e.Text.EndsWith("’s")));
    }

    [Fact]
    public void Hyphenated_pair_of_nationalities_is_one_norp()
    {
        Assert.Contains(("Tajik-Afghan", EntityLabels.Norp), Pairs("They guard the Tajik-Afghan border."));
        // two places are a route, no nationality (it read the NORP "Igdir-Nakhchivan")
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("They will build the Igdir-Nakhchivan railway."), p => p.Label == EntityLabels.Norp);
        Assert.Contains(("Russian-Ukrainian", EntityLabels.Norp), EntityTestData.PairsWithCommitted("The Russian-Ukrainian talks resumed."));
    }

    /// <summary>A point of the compass before a people's word names a people of a region, as the pair the gazetteer knows whole does
    /// (the model read "West African" and "North African" as places; the bloc's descriptor made "West African" an organisation);
    /// the place "West Bank" stays one.</summary>
    [Theory]
    [InlineData("The West African bloc ECOWAS closed its borders.", "West African")]
    [InlineData("North African envoys met Southeast Asian officials.", "North African")]
    [InlineData("North African envoys met Southeast Asian officials.", "Southeast Asian")]
    [InlineData("South Korean troops crossed.", "South Korean")]
    public void A_point_of_the_compass_before_a_peoples_word_names_a_people(string text, string people)
    {
        var pairs = EntityTestData.PairsWithCommitted(text);
        Assert.Contains((people, EntityLabels.Norp), pairs);
        Assert.DoesNotContain(pairs, p => p.Text == people && p.Label != EntityLabels.Norp);
        Assert.Contains(("West Bank", EntityLabels.Loc), EntityTestData.PairsWithCommitted("They clashed in the West Bank."));
    }

    /// <summary>A known name joined by a hyphen to a describing word, or after a prefix, is a mention of its own inside the
    /// word (nothing was found in "Saudi-led"; "Abu Dhabi-based" was a person).</summary>
    [Theory]
    [InlineData("The Saudi-led coalition struck again.", "Saudi", EntityLabels.Norp, "Saudi")]
    [InlineData("US-backed forces advanced.", "US", EntityLabels.Loc, "United States")]
    [InlineData("They met pro-Russian activists.", "Russian", EntityLabels.Norp, "Russian")]
    [InlineData("A delegation of the Taliban-led government arrived.", "Taliban", EntityLabels.Org, "Taliban")]
    [InlineData("A New York-based group said so.", "New York", EntityLabels.Loc, "New York")]
    [InlineData("The Abu Dhabi-based fund bought shares.", "Abu Dhabi", EntityLabels.Loc, "Abu Dhabi")]
    [InlineData("He met a Soviet-era official.", "Soviet", EntityLabels.Norp, "Soviet")]
    public void A_name_inside_a_describing_word_is_its_own_mention(string text, string name, string label, string canonical)
    {
        var doc = EntityTestData.TagWithCommitted(text);
        var entity = Assert.Single(doc.Entities);
        Assert.Equal((name, label, canonical), (entity.Text, entity.Label, entity.Canonical));
        Assert.Equal(name, text[entity.Start..entity.End]);
    }

    /// <summary>A listed surname many people share takes the first name written before it (it read "al-Maliki" alone).</summary>
    [Theory]
    [InlineData("Coalition spokesman Turki al-Maliki said so.", "Turki al-Maliki")]
    [InlineData("On Tuesday Maliki met the envoy.", "Maliki")]
    [InlineData("They met UN Secretary-General Maliki there.", "Maliki")]
    [InlineData("They met the Secretary-General Maliki there.", "Maliki")]
    public void A_listed_surname_takes_the_first_name_before_it(string text, string person) =>
        Assert.Equal(person, Assert.Single(EntityTestData.TagWithCommitted(text).Entities, e => e.Label == EntityLabels.Person).Text);

    /// <summary>In a headline's title case too ("Saudi-Led"), and the describing word opens no organisation of the rules
    /// (it read the organisation "Saudi-Led Coalition"); elsewhere "Non-Aligned Movement" is a name.</summary>
    [Fact]
    public void A_headline_s_describing_word_in_title_case_holds_a_mention_and_opens_no_name()
    {
        var pairs = EntityTestData.PairsWithCommitted("Saudi-Led Coalition Strikes Houthi Targets in Sanaa\n\nThe Saudi-led coalition struck on Tuesday.");
        Assert.Equal(2, pairs.Count(p => p == ("Saudi", EntityLabels.Norp)));
        Assert.DoesNotContain(pairs, p => p.Text.Contains("Coalition"));
        Assert.False(EntityText.EndsInDescribingWord("Non-Aligned"));
        Assert.True(EntityText.EndsInDescribingWord("Saudi-Led", headline: true));
    }

    /// <summary>A compass word before a listed place names its part (it read "Waziristan" alone).</summary>
    [Theory]
    [InlineData("Forces killed 12 militants in the North Waziristan district on Sunday.", "North Waziristan")]
    [InlineData("Police closed roads in East Jerusalem.", "East Jerusalem")]
    public void A_compass_word_before_a_listed_place_names_its_part(string text, string place) =>
        Assert.Contains((place, EntityLabels.Loc), EntityTestData.PairsWithCommitted(text));

    [Theory]
    [InlineData("Long-term plans were drawn up.")]
    [InlineData("The Well-known analyst spoke.")]
    [InlineData("Prices of imported goods rose.")]
    public void A_common_word_before_a_hyphen_is_no_name(string text) => Assert.Empty(EntityTestData.TagWithCommitted(text).Entities);

    [Theory]
    [InlineData("Saudi-led", true)]
    [InlineData("Soviet-era", true)]
    [InlineData("Kremlin-friendly", true)]
    [InlineData("Kai-shek", false)]
    [InlineData("Dae-jung", false)]
    [InlineData("Itar-Tass", false)]
    [InlineData("Rubezh-2004", false)]
    [InlineData("Jae-in", false)]
    public void Describing_words_end_in_a_participle_or_a_describing_noun(string word, bool describing) =>
        Assert.Equal(describing, EntityText.EndsInDescribingWord(word));

    [Fact]
    public void Lower_case_name_is_not_tagged()
    {
        Assert.DoesNotContain(Pairs("the russian side"), p => p.Label == EntityLabels.Norp);
    }

    [Fact]
    public void Save_then_load_gives_the_same_lookups()
    {
        string path = Path.Combine(TestPaths.NewTempDirectory(), "g.tsv.gz");
        var entries = new[] { new GazetteerEntry("new york", EntityLabels.Loc, GazetteerFlags.Minor | GazetteerFlags.Ambiguous, "New York") };
        Gazetteer.Save(path, entries, ["nice"], ["sergei"], ["test note"], new Dictionary<string, string> { ["Washington D.C."] = "United States" });
        var loaded = Gazetteer.Load(path);
        Assert.Equal("United States", loaded.CountryOfCapital("Washington D.C."));
        int entry = loaded.Find("New  York");
        Assert.True(entry >= 0);
        Assert.Equal(("LOC", "New York", GazetteerFlags.Minor | GazetteerFlags.Ambiguous), (loaded.Label(entry), loaded.Canonical(entry), loaded.Flags(entry)));
        Assert.True(loaded.IsCommonWord("Nice"));
        Assert.True(loaded.IsFirstName("SERGEI"));
        Assert.Equal(["test note"], loaded.Notes);
    }

    private static (string Label, string Canonical) LabelAndCanonical(Gazetteer g, string name)
    {
        int e = g.Find(name);
        Assert.True(e >= 0, name);
        return (g.Label(e), g.Canonical(e));
    }

    [Fact]
    public void Committed_gazetteer_knows_countries_demonyms_cities_and_leaders()
    {
        var g = EntityTestData.Committed;
        Assert.Equal(("LOC", "United States"), LabelAndCanonical(g, "U.S."));
        Assert.Equal(("LOC", "United Kingdom"), LabelAndCanonical(g, "UK"));
        Assert.Equal(("NORP", "Russian"), LabelAndCanonical(g, "Russian"));
        Assert.Equal(("NORP", "Kyrgyz"), LabelAndCanonical(g, "Kyrgyz"));
        Assert.Equal(("LOC", "Tashkent"), LabelAndCanonical(g, "Tashkent"));
        Assert.Equal(("PERSON", "Vladimir Putin"), LabelAndCanonical(g, "Vladimir Putin"));
        Assert.True(g.Flags(g.Find("Reading")).HasFlag(GazetteerFlags.CommonWord));
        Assert.Equal(-1, g.Find("IN")); // ISO codes that are words are left out
    }

    [Fact]
    public void Committed_gazetteer_knows_a_city_by_its_name_without_the_Arabic_article()
    {
        var g = EntityTestData.Committed;
        Assert.Equal(("LOC", "Al Fallūjah"), LabelAndCanonical(g, "Fallujah"));
        Assert.Equal(("LOC", "Ar Raqqah"), LabelAndCanonical(g, "Raqqa"));
        Assert.Equal(("LOC", "Al Ḩudaydah"), LabelAndCanonical(g, "Hudaydah"));
        Assert.Equal(-1, g.Find("Fava"));  // Al Fāw: too short a name to be taken without its article
    }

    /// <summary>News drops a transliteration's apostrophes ("Tskhinvali" was unknown: the city list has "Ts'khinvali"); not in a
    /// short name that would make a word ("Ha'il": "Hail"); a capital by its name of a recent period ("Nur-Sultan").</summary>
    [Fact]
    public void Committed_gazetteer_knows_a_city_by_the_names_news_writes()
    {
        var g = EntityTestData.Committed;
        Assert.Equal(("LOC", "Ts’khinvali"), LabelAndCanonical(g, "Tskhinvali"));
        Assert.Equal(("LOC", "Ts’khinvali"), LabelAndCanonical(g, "Ts'khinvali"));
        Assert.Equal(-1, g.Find("Hail"));
        // a capital's name of a recent period, whose initial differs (it was no place)
        Assert.Equal(("LOC", "Astana"), LabelAndCanonical(g, "Nur-Sultan"));
        Assert.Contains(("Naftogaz Ukrainy", EntityLabels.Org), EntityTestData.PairsWithCommitted("Gazprom accused Naftogaz Ukrainy of stealing gas."));
        Assert.Contains(("Hizb ut-Tahrir", EntityLabels.Org), EntityTestData.PairsWithCommitted("Karimov blamed Hizb ut-Tahrir for the bombings."));
    }

    [Fact]
    public void Committed_gazetteer_knows_regions_its_sources_leave_out()
    {
        var g = EntityTestData.Committed;
        Assert.Equal(("LOC", "Punjab"), LabelAndCanonical(g, "Punjab"));  // commented out in CountryInfo: two countries have one
        Assert.Equal(("LOC", "Chechnya"), LabelAndCanonical(g, "Chechnya"));  // CountryInfo's "Chechen Republic"
        Assert.Equal(("LOC", "North Kivu"), LabelAndCanonical(g, "North Kivu"));  // CountryInfo's "Nord-Kivu"
        Assert.Equal(("LOC", "Southeast Asia"), LabelAndCanonical(g, "Southeast Asia"));
    }

    /// <summary>A block of CountryInfo's regions with a malformed line ("KOSTROMAs", "MELAKAN2") or a name written with spaces
    /// ("KASAI ORIENTAL_") is read but for that line (it was skipped whole); a region that is also a city is both, and one
    /// that is also a first name is ambiguous and leaves the first name in the list.</summary>
    [Fact]
    public void Committed_gazetteer_reads_every_well_formed_region()
    {
        var g = EntityTestData.Committed;
        Assert.Equal(("LOC", "Selangor"), LabelAndCanonical(g, "Selangor"));  // Malaysia, with "MELAKAN2"
        Assert.Equal(("LOC", "Kamchatka"), LabelAndCanonical(g, "Kamchatka"));  // Russia, with "KOSTROMAs"
        Assert.Equal(("LOC", "Ituri"), LabelAndCanonical(g, "Ituri"));  // DR Congo, with "KASAI ORIENTAL_"
        Assert.True(g.Flags(g.Find("Kursk")).HasFlag(GazetteerFlags.City));
        Assert.True(g.IsFirstName("Vladimir"));
        Assert.True(g.Flags(g.Find("Vladimir")).HasFlag(GazetteerFlags.Ambiguous));
    }

    [Fact]
    public void Committed_gazetteer_knows_peoples_by_their_adjective_and_plural_and_places_no_town_list_has()
    {
        var g = EntityTestData.Committed;
        // The country list gives "Saudi" and "Thai" as other names of the countries; news uses them for the people.
        Assert.Equal(("NORP", "Saudi"), LabelAndCanonical(g, "Saudi"));
        Assert.Equal(("NORP", "Thai"), LabelAndCanonical(g, "Thai"));
        Assert.Equal(("NORP", "Saudi"), LabelAndCanonical(g, "Saudis"));
        Assert.Equal(("LOC", "Saudi Arabia"), LabelAndCanonical(g, "Saudi Arabia"));
        Assert.Equal(("LOC", "Vatican City"), LabelAndCanonical(g, "Vatican"));  // a country called by its people's name stays a place
        Assert.Equal(("NORP", "Shiite"), LabelAndCanonical(g, "Shiites"));
        Assert.Equal(("NORP", "Houthi"), LabelAndCanonical(g, "Houthis"));
        Assert.Equal(("LOC", "Philippines"), LabelAndCanonical(g, "Philippines"));  // a plural that is a country keeps the country
        Assert.Equal(-1, g.Find("Kyrgyzs"));
        Assert.Equal(-1, g.Find("Westerns"));
        // Seas and contested territories (curated), natural features (CountryInfo), a city named with its article.
        Assert.Equal(("LOC", "South China Sea"), LabelAndCanonical(g, "South China Sea"));
        Assert.Equal(("LOC", "Nagorno-Karabakh"), LabelAndCanonical(g, "Nagorno-Karabakh"));
        Assert.Equal(("LOC", "Crimea"), LabelAndCanonical(g, "Crimea"));
        Assert.Equal(("LOC", "The Hague"), LabelAndCanonical(g, "The Hague"));
        Assert.Equal(("LOC", "The Hague"), LabelAndCanonical(g, "Hague"));
        Assert.Equal(-1, g.Find("Nasser"));  // a feature (Lake Nasser) named like a person is left out
        Assert.Equal(-1, g.Find("Valley"));  // "The Valley" (Anguilla) is too small to be known without its article
        // countries and capitals are flagged, for the relations stage
        Assert.True(g.Flags(g.Find("Tajikistan")).HasFlag(GazetteerFlags.Country));
        Assert.True(g.Flags(g.Find("U.S.")).HasFlag(GazetteerFlags.Country));
        Assert.True(g.Flags(g.Find("Dushanbe")).HasFlag(GazetteerFlags.Capital));
        Assert.False(g.Flags(g.Find("Central Asia")).HasFlag(GazetteerFlags.Country));
    }

    [Fact]
    public void Tagger_reads_a_people_adjective_and_the_city_with_its_article()
    {
        var pairs = EntityTestData.PairsWithCommitted("Saudi officials met Thai diplomats in The Hague, then flew over the Black Sea.");
        Assert.Contains(("Saudi", EntityLabels.Norp), pairs);
        Assert.Contains(("Thai", EntityLabels.Norp), pairs);
        Assert.Contains(("The Hague", EntityLabels.Loc), pairs);
        Assert.Contains(("Black Sea", EntityLabels.Loc), pairs);
    }
}
