using Extraction.Aliases;
using Extraction.Model;
using Extraction.Tests.Entities;

namespace Extraction.Tests.Aliases;

public class AliasResolverTests
{
    [Fact]
    public void Acronym_definition_links_and_shares_canonical_with_later_mentions()
    {
        var doc = EntityTestData.Tag("Members of the Collective Security Treaty Organization (CSTO) met. Later the CSTO’s chief spoke.");
        var full = Assert.Single(doc.Entities, e => e.Text == "Collective Security Treaty Organization");
        var mentions = doc.Entities.Where(e => e.Text == "CSTO").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal((EntityLabels.Org, full.Canonical), (m.Label, m.Canonical)));
        var r = Assert.Single(doc.Relations);
        Assert.Equal((RelationTypes.SameAs, mentions[0].Id, full.Id), (r.Type, r.Head, r.Tail));
    }

    /// <summary>An acronym the article never defines in parentheses is the one organisation whose initials spell it.</summary>
    [Fact]
    public void An_undefined_acronym_spelt_by_one_organisation_is_that_organisation()
    {
        var doc = Run("Sudan's RSF attacked the city. The Rapid Support Forces took the airport. The RSF, led by Dagalo, and the OPEC said so. "
                      + "The Organization of the Petroleum Exporting Countries met. The ABC and the DEF were absent.",
            ("Rapid Support Forces", EntityLabels.Org, 0.9), ("Organization of the Petroleum Exporting Countries", EntityLabels.Org, 0.9));
        var rsf = doc.Entities.Where(e => e.Text == "RSF").ToList();
        Assert.Equal(2, rsf.Count);
        Assert.All(rsf, e => Assert.Equal((EntityLabels.Org, "Rapid Support Forces (canonical)"), (e.Label, e.Canonical)));
        var full = doc.Entities.Single(e => e.Text == "Rapid Support Forces");
        Assert.All(rsf, e => Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == e.Id && r.Tail == full.Id));
        Assert.Equal("Organization of the Petroleum Exporting Countries (canonical)", doc.Entities.Single(e => e.Text == "OPEC").Canonical);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "ABC" or "DEF");
    }

    /// <summary>A short name in parentheses after an organisation, with its initial, is that organisation whatever the tagger read.</summary>
    [Fact]
    public void A_short_name_in_parentheses_after_an_organisation_is_that_organisation()
    {
        var doc = RunAsTagged("Most is owed to the Export-Import Bank of China (Eximbank), officials said. Others went to Geneva (Switzerland).",
            ("Export-Import Bank of China", EntityLabels.Org, 0.9), ("Eximbank", EntityLabels.Loc, 0.6), ("Geneva", EntityLabels.Loc, 0.9), ("Switzerland", EntityLabels.Loc, 0.9));
        Assert.Equal(EntityLabels.Org, LinkedMention(doc, "Eximbank", "Export-Import Bank of China").Label);
        Assert.Equal(EntityLabels.Loc, Assert.Single(doc.Entities, e => e.Text == "Switzerland").Label);  // after a place: no alias
    }

    /// <summary>An acronym whose letters are the organisation's initials in another order (the name's other form) is that
    /// organisation, and so are its repeats, whatever the tagger read (it read the place "PACE").</summary>
    [Fact]
    public void An_acronym_of_the_initials_in_another_order_is_the_organisation()
    {
        var doc = RunAsTagged("The Council of Europe's Parliamentary Assembly (PACE) will debate it. PACE will vote. The Asian Bank (ADB) met.",
            ("Council of Europe's Parliamentary Assembly", EntityLabels.Org, 0.7), ("PACE", EntityLabels.Loc, 0.6), ("PACE", EntityLabels.Loc, 0.6),
            ("Asian Bank", EntityLabels.Org, 0.7), ("ADB", EntityLabels.Loc, 0.6));
        var pace = doc.Entities.Where(e => e.Text == "PACE").ToList();
        Assert.Equal(2, pace.Count);
        Assert.All(pace, e => Assert.Equal((EntityLabels.Org, "Council of Europe's Parliamentary Assembly"), (e.Label, e.Canonical)));
        Assert.All(pace, e => Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == e.Id));
        Assert.Equal(EntityLabels.Loc, doc.Entities.Single(e => e.Text == "ADB").Label);  // a letter the name lacks
    }

    /// <summary>An acronym in parentheses after a place's name of several words, with the place's initial, is that place (its
    /// letters another language's), and so are its repeats (it read the organisation "GBAO", unlinked).</summary>
    [Fact]
    public void An_acronym_after_a_place_s_name_with_its_initial_is_the_place()
    {
        var doc = RunAsTagged("Activists from the Gorno-Badakhshan Autonomous Region (GBAO) live abroad. The GBAO is poor. Tajikistan (RT) won.",
            ("Gorno-Badakhshan Autonomous Region", EntityLabels.Loc, 0.75), ("GBAO", EntityLabels.Org, 0.6), ("GBAO", EntityLabels.Org, 0.6),
            ("Tajikistan", EntityLabels.Loc, 0.9), ("RT", EntityLabels.Org, 0.6));
        var gbao = doc.Entities.Where(e => e.Text == "GBAO").ToList();
        Assert.Equal(2, gbao.Count);
        Assert.All(gbao, e => Assert.Equal((EntityLabels.Loc, "Gorno-Badakhshan Autonomous Region"), (e.Label, e.Canonical)));
        Assert.All(gbao, e => Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == e.Id));
        Assert.Equal(EntityLabels.Org, doc.Entities.Single(e => e.Text == "RT").Label);  // after a one-word place: no alias
    }

    /// <summary>The name after "known as" is the name before it: its label, canonical name and a SAME_AS, and its repeats
    /// follow (the tagger read "Ishin" as a person and missed "Hemedti").</summary>
    [Fact]
    public void A_name_after_known_as_is_the_name_before_it()
    {
        var doc = RunAsTagged("The Japan Innovation Party, known as Ishin, will back her, Ishin co-leader Yoshimura said. "
                              + "Mohamed Hamdan Dagalo, widely known as Hemedti, spoke. Hemedti later left.",
            ("Japan Innovation Party", EntityLabels.Org, 0.7), ("Ishin", EntityLabels.Person, 0.6), ("Yoshimura", EntityLabels.Person, 0.6),
            ("Mohamed Hamdan Dagalo", EntityLabels.Person, 0.9));
        var ishin = doc.Entities.Where(e => e.Text == "Ishin").ToList();
        Assert.Equal(2, ishin.Count);
        Assert.All(ishin, e => Assert.Equal((EntityLabels.Org, "Japan Innovation Party"), (e.Label, e.Canonical)));
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == ishin[0].Id);
        var hemedti = doc.Entities.Where(e => e.Text == "Hemedti").ToList();
        Assert.Equal(2, hemedti.Count);
        Assert.All(hemedti, e => Assert.Equal((EntityLabels.Person, "Mohamed Hamdan Dagalo"), (e.Label, e.Canonical)));
    }

    /// <summary>A given name the tagger read apart joins the person: before a name opening with a capitalised particle
    /// ("Marine" before "Le Pen", whose later "Le Pen" is hers), or read as a one-word place before a surname the article
    /// names a person alone ("Bardella said so. Jordan Bardella …"); not a place after a preposition.</summary>
    [Fact]
    public void A_given_name_read_apart_joins_the_person()
    {
        var doc = RunAsTagged("The court set a date for Marine Le Pen's appeal. Later, Le Pen spoke. Bardella said so. Jordan Bardella, the "
                              + "president of the RN, said he was ready.",
            ("Le Pen", EntityLabels.Person, 0.75), ("Le Pen", EntityLabels.Person, 0.75), ("Bardella", EntityLabels.Person, 0.7),
            ("Jordan", EntityLabels.Loc, 0.9));
        Assert.Contains(doc.Entities, e => e.Text == "Marine Le Pen" && e.Label == EntityLabels.Person);
        Assert.Equal("Marine Le Pen", doc.Entities.Single(e => e.Text == "Le Pen").Canonical);
        Assert.Single(doc.Entities, e => e.Text == "Jordan Bardella" && e.Label == EntityLabels.Person);
        doc = RunAsTagged("Bardella said so. Talks in Jordan Bardella attended.", ("Bardella", EntityLabels.Person, 0.7), ("Jordan", EntityLabels.Loc, 0.9));
        Assert.Single(doc.Entities, e => e.Text == "Jordan" && e.Label == EntityLabels.Loc);
    }

    /// <summary>An acronym in another language's initials, in parentheses after an organisation's name, is that
    /// organisation's (GKNB was not linked: its letters do not spell the English name).</summary>
    [Fact]
    public void An_acronym_in_parentheses_after_an_organisation_is_its_whatever_its_letters()
    {
        var doc = RunAsTagged("Tashiev heads the State Committee for National Security (GKNB). The GKNB denied it.",
            ("State Committee for National Security", EntityLabels.Org, 0.9), ("GKNB", EntityLabels.Org, 0.8));
        Assert.Equal("State Committee for National Security", doc.Entities.First(e => e.Text == "GKNB").Canonical);
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs);
    }

    /// <summary>A dateline's credit in parentheses after an organisation's name is the agency the gazetteer knows it as, no
    /// acronym of that name (AP took "UNITED NATIONS" as its canonical name).</summary>
    [Fact]
    public void A_known_acronym_in_parentheses_keeps_its_own_long_form()
    {
        var doc = Extraction.Tests.Support.Annotate.Run("UNITED NATIONS (AP) - Russia vetoed a resolution.", new Extraction.Segmentation.Segmenter(),
            new Extraction.Tests.Support.FixedEntities(("UNITED NATIONS", EntityLabels.Org, 0.9), ("AP", EntityLabels.Org, 0.9), ("Russia", EntityLabels.Loc, 0.9))
            { Source = Extraction.Entities.Statistical.NerStage.StageName });
        doc.Entities.Single(e => e.Text == "AP").Canonical = "Associated Press";  // as the gazetteer stage sets it
        new AliasResolver().Process(doc);
        Assert.Equal("Associated Press", doc.Entities.Single(e => e.Text == "AP").Canonical);
        Assert.DoesNotContain(doc.Relations, r => r.Type == RelationTypes.SameAs);
    }

    /// <summary>An acronym another stage tagged, with no long form of its own, takes the one organisation its letters spell.</summary>
    [Fact]
    public void A_tagged_acronym_without_a_long_form_is_the_organisation_it_spells()
    {
        var doc = RunAsTagged("The Collective Security Treaty Organization met. Yet the CSTO did not intervene.",
            ("Collective Security Treaty Organization", EntityLabels.Org, 0.9), ("CSTO", EntityLabels.Org, 0.9));
        LinkedMention(doc, "CSTO", "Collective Security Treaty Organization");
    }

    /// <summary>A tagged acronym whose long form the tagger missed finds it among the untagged capitalised words (the long
    /// form was no entity); a run with a capitalised word right after it, or in a headline, is none.</summary>
    [Fact]
    public void A_tagged_acronym_finds_its_untagged_long_form()
    {
        var doc = RunAsTagged("Nvidia and Advanced Micro Devices have agreed to pay. AMD shares were little changed.",
            ("Nvidia", EntityLabels.Org, 0.9), ("AMD", EntityLabels.Org, 0.7));
        var full = Assert.Single(doc.Entities, e => e.Text == "Advanced Micro Devices");
        Assert.Equal(EntityLabels.Org, full.Label);
        LinkedMention(doc, "AMD", "Advanced Micro Devices");

        var none = RunAsTagged("Advanced Micro Devices Group said so. AMD shares fell.", ("AMD", EntityLabels.Org, 0.7));
        Assert.DoesNotContain(none.Entities, e => e.Text.StartsWith("Advanced", StringComparison.Ordinal));
    }

    /// <summary>A regnal number or a lone letter ending a person's name is nobody's name alone (every "I" of a forum post was "Dan I").</summary>
    [Fact]
    public void A_regnal_number_or_a_letter_is_no_surname()
    {
        var doc = RunAsTagged("Dan I for one was happy. I never smoked, but I know it is hard. Elizabeth II reigned. Louis XIV and II Corps came.",
            ("Dan I", EntityLabels.Person, 0.7), ("Elizabeth II", EntityLabels.Person, 0.9), ("Louis XIV", EntityLabels.Person, 0.9));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "I" or "II");
    }

    [Fact]
    public void Ordinal_of_the_long_name_stays_with_the_acronym()
    {
        var doc = EntityTestData.Tag("The 201st Motor Rifle Division (MRD) stays. The 201st MRD is large.");
        var later = Assert.Single(doc.Entities, e => e.Text == "201st MRD");
        Assert.Equal("201st Motor Rifle Division", later.Canonical);
    }

    [Fact]
    public void A_one_word_person_equal_to_the_first_word_of_one_full_name_is_that_person()
    {
        var doc = Run("Chinese Premier Li Qiang visited Astana. Li later met officials.",
            ("Li Qiang", EntityLabels.Person, 0.9), ("Li", EntityLabels.Person, 0.7));
        var li = Assert.Single(doc.Entities, e => e.Text == "Li");
        Assert.Equal("Li Qiang (canonical)", li.Canonical);
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == li.Id);
    }

    [Fact]
    public void The_opening_words_of_one_full_name_are_that_person()
    {
        var doc = Run("President Hassan Sheikh Mohamud spoke. Hassan Sheikh told reporters. Ali Bongo Ondimba and Ali Hassan came. Ali Bongo left.",
            ("Hassan Sheikh Mohamud", EntityLabels.Person, 0.9), ("Hassan Sheikh", EntityLabels.Person, 0.7), ("Ali Bongo Ondimba", EntityLabels.Person, 0.9),
            ("Ali Hassan", EntityLabels.Person, 0.9), ("Ali Bongo", EntityLabels.Person, 0.7));
        LinkedMention(doc, "Hassan Sheikh", "Hassan Sheikh Mohamud (canonical)");
        // two persons of the article begin with "Ali": the words say which only when one full name begins with them all
        Assert.Equal("Ali Bongo (canonical)", Assert.Single(doc.Entities, e => e.Text == "Ali Bongo").Canonical);
    }

    [Fact]
    public void A_source_the_article_cites_is_that_name_where_else_it_stands()
    {
        const string text = "The court sentenced her (Netgazeti, April 7). Police later raided the offices of Netgazeti and Batumelebi.";
        var doc = Extraction.Tests.Support.Annotate.Run(text, new Extraction.Segmentation.Segmenter(),
            new Extraction.Tests.Support.FixedEntities(("Netgazeti", EntityLabels.Org, 0.75)) { Source = Extraction.Entities.Rules.NameRules.CitationSourceSource },
            new AliasResolver());
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Netgazeti" && e.Label == EntityLabels.Org));
    }

    [Fact]
    public void A_first_word_two_persons_share_links_to_neither()
    {
        var doc = Run("John Smith met John Kerry. John spoke first.",
            ("John Smith", EntityLabels.Person, 0.9), ("John Kerry", EntityLabels.Person, 0.9), ("John", EntityLabels.Person, 0.7));
        var john = Assert.Single(doc.Entities, e => e.Text == "John");
        Assert.Equal("John (canonical)", john.Canonical);
        Assert.DoesNotContain(doc.Relations, r => r.Head == john.Id);
    }

    [Fact]
    public void Surname_after_full_name_is_the_same_person()
    {
        var doc = EntityTestData.Tag("Kyrgyz President Askar Akayev spoke. Akayev praised the deal.");
        var full = Assert.Single(doc.Entities, e => e.Text == "Askar Akayev");
        var surname = Assert.Single(doc.Entities, e => e.Text == "Akayev");
        Assert.Equal((EntityLabels.Person, "Askar Akayev"), (surname.Label, surname.Canonical));
        var r = Assert.Single(doc.Relations);
        Assert.Equal((surname.Id, full.Id), (r.Head, r.Tail));
    }

    /// <summary>The person who brought a surname into the article keeps it; a relative named later with it is called by the
    /// full name (the surname went to the latest full name: "Duterte's lawyers" were Sara Duterte's).</summary>
    [Fact]
    public void A_surname_two_persons_share_is_the_first_one_s()
    {
        var doc = Run("Police arrested Rodrigo Duterte on Tuesday. His daughter, Sara Duterte, called it a kidnapping. Duterte's lawyers filed a petition.",
            ("Rodrigo Duterte", EntityLabels.Person, 0.9), ("Sara Duterte", EntityLabels.Person, 0.9), ("Duterte", EntityLabels.Person, 0.9));
        var alone = Assert.Single(doc.Entities, e => e.Text == "Duterte");
        Assert.Equal("Rodrigo Duterte (canonical)", alone.Canonical);
    }

    [Fact]
    public void An_untagged_family_name_written_first_is_the_person()
    {
        var doc = Run("Chinese President Xi Jinping hosted the summit. Xi announced loans. Tokayev held talks with Xi on Friday. Xi Mingze came too.",
            ("Xi Jinping", EntityLabels.Person, 0.9), ("Tokayev", EntityLabels.Person, 0.9), ("Xi Mingze", EntityLabels.Person, 0.9));
        var alone = doc.Entities.Where(e => e.Text == "Xi").ToList();
        Assert.Equal(2, alone.Count);
        Assert.All(alone, e => Assert.Equal((EntityLabels.Person, "Xi Jinping (canonical)"), (e.Label, e.Canonical)));
    }

    [Fact]
    public void A_surname_joined_to_the_arabic_article_is_known_without_it()
    {
        var doc = Run("General Abdel Fattah al-Burhan spoke. Egypt's president called Burhan on Sunday.", ("Abdel Fattah al-Burhan", EntityLabels.Person, 0.9));
        Assert.Equal(EntityLabels.Person, LinkedMention(doc, "Burhan", "Abdel Fattah al-Burhan (canonical)").Label);
    }

    /// <summary>A family name written first before a hyphened given name is the person alone, where a gazetteer doubted its
    /// reading as a place (a village "Lai"); a confident place stays one.</summary>
    [Fact]
    public void A_family_name_before_a_hyphened_given_name_is_the_person_over_a_doubtful_place()
    {
        var doc = Run("Lai Ching-te won the vote. Blinken congratulated Lai on his victory.",
            ("Lai Ching-te", EntityLabels.Person, 0.9), ("Lai", EntityLabels.Loc, 0.6));
        Assert.Equal(EntityLabels.Person, LinkedMention(doc, "Lai", "Lai Ching-te (canonical)").Label);
        var place = Run("Lai Ching-te won the vote. Blinken flew to Lai on Monday.", ("Lai Ching-te", EntityLabels.Person, 0.9), ("Lai", EntityLabels.Loc, 0.9));
        Assert.Equal(EntityLabels.Loc, Assert.Single(place.Entities, e => e.Text == "Lai").Label);
    }

    /// <summary>
    /// An inner word of a long name is the name the person goes by ("Lula" was read as a place: GeoNames lists it for
    /// Luleå), the model's confident reading of one word giving way; a word two persons share links to neither.
    /// </summary>
    [Fact]
    public void An_inner_word_of_a_long_name_is_that_person()
    {
        var doc = RunAsTagged("Luiz Inacio Lula da Silva spoke. Lula launched an alliance. Milei, a critic of Lula, signed it.",
            ("Luiz Inacio Lula da Silva", EntityLabels.Person, 0.9), ("Lula", EntityLabels.Loc, 0.6), ("Lula", EntityLabels.Loc, 0.9));
        var mentions = doc.Entities.Where(e => e.Text == "Lula").ToList();
        Assert.All(mentions, m => Assert.Equal((EntityLabels.Person, "Luiz Inacio Lula da Silva"), (m.Label, m.Canonical)));
        doc = RunAsTagged("Ali Akbar Velayati met Mohammad Akbar Khan. Akbar spoke.",
            ("Ali Akbar Velayati", EntityLabels.Person, 0.9), ("Mohammad Akbar Khan", EntityLabels.Person, 0.9));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Akbar");
    }

    /// <summary>The tagger stops at lower-case words: "von der Leyen" alone was tagged "Leyen".</summary>
    [Fact]
    public void A_surname_takes_the_particles_before_it_that_the_full_name_has()
    {
        var doc = Run("Ursula von der Leyen flew in. \"It is good,\" von der Leyen said. Van Dijk and the de Gaulle airport were far.",
            ("Ursula von der Leyen", EntityLabels.Person, 0.9), ("Leyen", EntityLabels.Person, 0.6), ("Gaulle", EntityLabels.Person, 0.6));
        LinkedMention(doc, "von der Leyen", "Ursula von der Leyen (canonical)");
        // particles no tagged name has before that word stay out
        Assert.Contains(doc.Entities, e => e.Text == "Gaulle");
        // and a surname the stage itself finds untagged takes them too (it tagged "Leyen")
        doc = Run("Ursula von der Leyen flew in. Modi, who hosted von der Leyen in February, spoke.", ("Ursula von der Leyen", EntityLabels.Person, 0.9));
        LinkedMention(doc, "von der Leyen", "Ursula von der Leyen (canonical)");
        // "dela" is a particle, and one opening a sentence is written with a capital (neither was linked: "Dela Rosa" stood
        // as a person of its own, and "dela Rosa" was tagged "Rosa" and linked to it)
        doc = Run("A warrant named Ronald dela Rosa. Dela Rosa has denied wrongdoing. The court investigated dela Rosa.",
            ("Ronald dela Rosa", EntityLabels.Person, 0.9), ("Dela Rosa", EntityLabels.Person, 0.85), ("Rosa", EntityLabels.Person, 0.6));
        LinkedMention(doc, "Dela Rosa", "Ronald dela Rosa (canonical)");
        LinkedMention(doc, "dela Rosa", "Ronald dela Rosa (canonical)");
    }

    [Fact]
    public void Overlaps_resolve_to_the_longest_then_most_confident()
    {
        Entity E(int s, int e, double c, string label = EntityLabels.Loc) =>
            new() { Id = "", Start = s, End = e, Label = label, Text = new string('x', e - s), Canonical = "", Confidence = c, Source = "t" };
        var list = new List<Entity> { E(0, 6, 0.9), E(0, 20, 0.8, EntityLabels.Org), E(25, 30, 0.6), E(25, 30, 0.9, EntityLabels.Person), E(19, 26, 0.99) };
        AliasResolver.ResolveOverlaps(list);
        Assert.Equal([(0, 20, EntityLabels.Org), (25, 30, EntityLabels.Person)], list.Select(e => (e.Start, e.End, e.Label)));
    }

    [Fact]
    public void Ids_follow_text_order()
    {
        var doc = EntityTestData.Tag("Russia and the United States talked on Monday.");
        Assert.Equal(["T1", "T2", "T3"], doc.Entities.Select(e => e.Id));
        Assert.Equal(["Russia", "United States", "Monday"], doc.Entities.Select(e => e.Text));
    }

    private static Document Run(string text, params (string, string, double)[] entities) =>
        Extraction.Tests.Support.Annotate.Run(text, new Extraction.Segmentation.Segmenter(),
            new Extraction.Tests.Support.FixedEntities(entities) { Source = "tagged", CanonicalSuffix = " (canonical)" }, new AliasResolver());

    /// <summary>As <see cref="Run"/>, the entities the model's, each canonical name its text (as the tagger leaves it).</summary>
    private static Document RunAsTagged(string text, params (string, string, double)[] entities) =>
        Extraction.Tests.Support.Annotate.Run(text, new Extraction.Segmentation.Segmenter(),
            new Extraction.Tests.Support.FixedEntities(entities) { Source = Extraction.Entities.Statistical.NerStage.StageName }, new AliasResolver());

    /// <summary>The one mention of <paramref name="text"/>, asserted to carry <paramref name="canonical"/> and a SAME_AS from it.</summary>
    private static Entity LinkedMention(Document doc, string text, string canonical)
    {
        var mention = Assert.Single(doc.Entities, e => e.Text == text);
        Assert.Equal(canonical, mention.Canonical);
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == mention.Id);
        return mention;
    }

    /// <summary>A name the model read in a headline with another label than the body's one takes the body's (the headline's
    /// "Demchok" stayed a person, its confidence above the body's).</summary>
    [Fact]
    public void A_headline_name_takes_the_body_s_label()
    {
        var doc = RunAsTagged("Indian, Chinese Troops Begin Pullback From Depsang and Demchok\n\nThe disengagement at Depsang and Demchok in eastern Ladakh began.",
            ("Demchok", EntityLabels.Person, 0.55), ("Demchok", EntityLabels.Loc, 0.45));
        Assert.All(doc.Entities.Where(e => e.Text == "Demchok"), e => Assert.Equal(EntityLabels.Loc, e.Label));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Demchok"));
    }

    /// <summary>An organisation's name without its head noun ("Wagner" for "Wagner Group") read as a person is the organisation,
    /// unless a person in the article has that surname; a place is left alone ("Minsk" beside the "Minsk Group").</summary>
    [Fact]
    public void An_organisation_s_name_without_its_head_noun_is_the_organisation()
    {
        var doc = RunAsTagged("Wagner Group chief Yevgeny Prigozhin spoke. Wagner forces seized Rostov. The Minsk Group met in Minsk.",
            ("Wagner Group", EntityLabels.Org, 0.9), ("Yevgeny Prigozhin", EntityLabels.Person, 0.9), ("Wagner", EntityLabels.Person, 0.6),
            ("Rostov", EntityLabels.Loc, 0.9), ("Minsk Group", EntityLabels.Org, 0.9), ("Minsk", EntityLabels.Loc, 0.9));
        Assert.Equal(EntityLabels.Org, LinkedMention(doc, "Wagner", "Wagner Group").Label);
        Assert.Equal(EntityLabels.Loc, Assert.Single(doc.Entities, e => e.Text == "Minsk").Label);
        doc = RunAsTagged("The Wagner Group performed. Composer Richard Wagner wrote it; Wagner died in Venice.",
            ("Wagner Group", EntityLabels.Org, 0.9), ("Richard Wagner", EntityLabels.Person, 0.9), ("Wagner", EntityLabels.Person, 0.8), ("Venice", EntityLabels.Loc, 0.9));
        Assert.Equal(EntityLabels.Person, Assert.Single(doc.Entities, e => e.Text == "Wagner").Label);
    }

    /// <summary>A company named with its legal form is meant by its name without it and by its first word, and one named with its
    /// trade's last word by its name without that: the shorter mentions (an organisation's, or a person's the model read) link to
    /// the full name, all sharing a canonical name without the legal form. A shorter name two companies share links to neither,
    /// and a person with that surname keeps it.</summary>
    [Fact]
    public void A_company_s_name_without_its_legal_form_or_trade_is_the_company()
    {
        var doc = RunAsTagged("Airbus SE won the order. Airbus shares rose. Tianqi Lithium objected; Tianqi said so. Toyota Motor Corp. and Toyota agreed.",
            ("Airbus SE", EntityLabels.Org, 0.8), ("Airbus", EntityLabels.Org, 0.9), ("Tianqi Lithium", EntityLabels.Org, 0.8), ("Tianqi", EntityLabels.Person, 0.6),
            ("Toyota Motor Corp.", EntityLabels.Org, 0.8), ("Toyota", EntityLabels.Org, 0.9));
        Assert.Equal("Airbus", Assert.Single(doc.Entities, e => e.Text == "Airbus SE").Canonical);
        LinkedMention(doc, "Airbus", "Airbus");
        Assert.Equal(EntityLabels.Org, LinkedMention(doc, "Tianqi", "Tianqi Lithium").Label);
        Assert.Equal("Toyota Motor", Assert.Single(doc.Entities, e => e.Text == "Toyota Motor Corp.").Canonical);
        LinkedMention(doc, "Toyota", "Toyota Motor");
        // a company named with its legal form goes by its first word too (the model read a person)
        doc = RunAsTagged("Starbucks named Chipotle Mexican Grill Inc chief executive Brian Niccol. Chipotle fell 7.5%.",
            ("Starbucks", EntityLabels.Org, 0.9), ("Chipotle Mexican Grill Inc", EntityLabels.Org, 0.8), ("Brian Niccol", EntityLabels.Person, 0.9),
            ("Chipotle", EntityLabels.Person, 0.6));
        Assert.Equal(EntityLabels.Org, LinkedMention(doc, "Chipotle", "Chipotle Mexican Grill").Label);
        doc = RunAsTagged("Samsung Electronics Co and Samsung Engineering Co signed. Samsung said so. Kelly Boeing met Boeing Co; Boeing spoke.",
            ("Samsung Electronics Co", EntityLabels.Org, 0.8), ("Samsung Engineering Co", EntityLabels.Org, 0.8), ("Samsung", EntityLabels.Org, 0.8),
            ("Kelly Boeing", EntityLabels.Person, 0.9), ("Boeing Co", EntityLabels.Org, 0.8), ("Boeing", EntityLabels.Person, 0.6));
        var samsung = Assert.Single(doc.Entities, e => e.Text == "Samsung");
        Assert.Equal("Samsung", samsung.Canonical);
        Assert.DoesNotContain(doc.Relations, r => r.Head == samsung.Id);
        Assert.Equal(EntityLabels.Person, LinkedMention(doc, "Boeing", "Kelly Boeing").Label);
    }

    /// <summary>One name, one referent: a text tagged with two labels takes the one clearly more trusted in sum.</summary>
    [Fact]
    public void A_name_tagged_with_two_labels_takes_the_clearly_stronger_one()
    {
        var doc = Run("Glencore agreed to buy it. Glencore's chief executive spoke. Glencore's shares fell. Jordan met Jordan.",
            ("Glencore", EntityLabels.Org, 0.7), ("Glencore", EntityLabels.Org, 0.8), ("Glencore", EntityLabels.Person, 0.9),
            ("Jordan", EntityLabels.Loc, 0.8), ("Jordan", EntityLabels.Person, 0.75));
        Assert.All(doc.Entities.Where(e => e.Text == "Glencore"), e => Assert.Equal(EntityLabels.Org, e.Label));
        // no clear winner: both readings stay
        Assert.Equal([EntityLabels.Loc, EntityLabels.Person], doc.Entities.Where(e => e.Text == "Jordan").Select(e => e.Label));
    }

    [Fact]
    public void A_confident_name_is_tagged_where_else_it_appears_verbatim()
    {
        var doc = Run("We ate at Cracker Barrel on Monday. The food at Cracker Barrel was fine.", ("Cracker Barrel", EntityLabels.Org, 0.9));
        var mentions = doc.Entities.Where(e => e.Text == "Cracker Barrel").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal((EntityLabels.Org, "Cracker Barrel (canonical)"), (m.Label, m.Canonical)));
        Assert.Equal(AliasResolver.StageName, mentions[1].Source);
        Assert.True(mentions[1].Confidence <= 0.8);
    }

    [Fact]
    public void A_confident_name_replaces_a_shorter_reading_of_its_words()
    {
        // only the NORP "Georgian" had been tagged in the second sentence
        var doc = Run("The Georgian Dream party won. Orban congratulated Georgian Dream on its victory.",
            ("Georgian Dream", EntityLabels.Org, 0.9), ("Georgian", EntityLabels.Norp, 0.9), ("Orban", EntityLabels.Person, 0.9));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Georgian Dream" && e.Label == EntityLabels.Org));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Georgian");
    }

    [Fact]
    public void An_acronym_the_text_defines_is_tagged_where_else_it_appears()
    {
        // the model's 0.7 for the defined acronym had kept "The ELN, which has …" untagged
        var doc = Run("Petro suspended talks with the National Liberation Army (ELN) on Friday. The ELN, which has 6,000 fighters, said so.",
            ("National Liberation Army", EntityLabels.Org, 0.95), ("ELN", EntityLabels.Org, 0.7));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "ELN" && e.Label == EntityLabels.Org));
    }

    /// <summary>A headline's surname before the article names the person in full is the first person so named (his son,
    /// named later, shares the surname).</summary>
    [Fact]
    public void A_surname_before_the_full_name_is_the_first_person_so_named()
    {
        var doc = Run("Court convicts Bolsonaro of coup plot\n\nThe court convicted Jair Bolsonaro on Thursday. His son Eduardo Bolsonaro called it persecution.",
            ("Jair Bolsonaro", EntityLabels.Person, 0.9), ("Eduardo Bolsonaro", EntityLabels.Person, 0.9));
        var headline = Assert.Single(doc.Entities, e => e.Text == "Bolsonaro");
        Assert.Equal((EntityLabels.Person, "Jair Bolsonaro (canonical)"), (headline.Label, headline.Canonical));
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == headline.Id);
        // a sentence's first word that the text also writes in lower case is that word
        var rice = Run("Rice prices rose on Monday. The rice crop failed, Condoleezza Rice said.", ("Condoleezza Rice", EntityLabels.Person, 0.9));
        Assert.DoesNotContain(rice.Entities, e => e.Text == "Rice");
    }

    /// <summary>A headline's word that is the first or an inner word of one later full name (a family name written first,
    /// the name a person goes by) is that person; a word two persons' names share is neither's.</summary>
    [Fact]
    public void A_first_or_inner_word_before_the_full_name_is_the_one_person_with_it()
    {
        var lula = RunAsTagged("Brazil's Lula Freezes Spending\n\nPresident Luiz Inacio Lula da Silva criticised the bank.",
            ("Lula", EntityLabels.Person, 0.9), ("Luiz Inacio Lula da Silva", EntityLabels.Person, 0.9));
        LinkedMention(lula, "Lula", "Luiz Inacio Lula da Silva");
        var xi = Run("Xi Warns Biden Over Taiwan\n\nChinese President Xi Jinping spoke on Wednesday.", ("Xi Jinping", EntityLabels.Person, 0.9));
        LinkedMention(xi, "Xi", "Xi Jinping (canonical)");
        var kim = Run("Kim Warns Seoul\n\nKim Jong Un and his sister Kim Yo Jong spoke.",
            ("Kim Jong Un", EntityLabels.Person, 0.9), ("Kim Yo Jong", EntityLabels.Person, 0.9));
        Assert.DoesNotContain(kim.Entities, e => e.Text == "Kim");
    }

    /// <summary>A name of hyphened parts ("Waker-uz-Zaman") is known by its first part alone after it.</summary>
    [Fact]
    public void A_hyphened_names_first_part_after_it_is_the_person()
    {
        var doc = RunAsTagged("Army chief General Waker-uz-Zaman spoke on Monday. Waker said the army would form a government.",
            ("Waker-uz-Zaman", EntityLabels.Person, 0.85), ("Waker", EntityLabels.Person, 0.7));
        LinkedMention(doc, "Waker", "Waker-uz-Zaman");
    }

    /// <summary>In a title-case headline a surname's capitalised neighbours the body never writes are the headline's words, no
    /// part of a longer name (it found no one); a neighbour the body writes is.</summary>
    [Fact]
    public void A_headline_surname_between_words_of_the_headline_is_the_person()
    {
        var doc = Run("Argentina's Milei Vetoes University Funding Bill\n\nPresident Javier Milei vetoed a bill on Thursday.",
            ("Javier Milei", EntityLabels.Person, 0.9));
        LinkedMention(doc, "Milei", "Javier Milei (canonical)");
        var longer = Run("Fans Visit New Milei Tower in Buenos Aires\n\nThe Milei Tower was built for Javier Milei.", ("Javier Milei", EntityLabels.Person, 0.9));
        Assert.DoesNotContain(longer.Entities, e => e.Text == "Milei" && e.Start < 30);
    }

    /// <summary>A headline's surname the model read as a place, before the article names the person in full, is that
    /// person; a place an earlier stage knows stays a place.</summary>
    [Fact]
    public void A_surname_the_model_read_as_a_place_before_the_full_name_is_the_person()
    {
        const string text = "Istanbul mayor Imamoglu detained\n\nPolice detained Mayor Ekrem Imamoglu on Wednesday.";
        var doc = RunAsTagged(text, ("Imamoglu", EntityLabels.Loc, 0.51), ("Ekrem Imamoglu", EntityLabels.Person, 0.9));
        var headline = doc.Entities.First(e => e.Text == "Imamoglu");
        Assert.Equal((EntityLabels.Person, "Ekrem Imamoglu"), (headline.Label, headline.Canonical));
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == headline.Id);
        var known = Run(text, ("Imamoglu", EntityLabels.Loc, 0.51), ("Ekrem Imamoglu", EntityLabels.Person, 0.9));
        Assert.Equal(EntityLabels.Loc, known.Entities.First(e => e.Text == "Imamoglu").Label);
        // a headline's one-word person takes the full name's canonical and link too (it kept its own)
        var person = RunAsTagged("Lam named party chief after Trong's death\n\nThe death of party chief Nguyen Phu Trong …",
            ("Trong", EntityLabels.Person, 0.7), ("Nguyen Phu Trong", EntityLabels.Person, 0.9));
        LinkedMention(person, "Trong", "Nguyen Phu Trong");
    }

    /// <summary>An acronym repeated before it was linked to its long form (its letters another language's) takes the long
    /// form's canonical name and link too.</summary>
    [Fact]
    public void A_repeated_acronym_takes_the_canonical_its_definition_was_given()
    {
        var doc = RunAsTagged("Ozgur Ozel leads the Republican People's Party (CHP). The CHP had been due to name him on Sunday.",
            ("Republican People's Party", EntityLabels.Org, 0.9), ("CHP", EntityLabels.Org, 0.78));
        var chp = doc.Entities.Where(e => e.Text == "CHP").ToList();
        Assert.Equal(2, chp.Count);
        Assert.All(chp, e => Assert.Equal((EntityLabels.Org, "Republican People's Party"), (e.Label, e.Canonical)));
        Assert.All(chp, e => Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && r.Head == e.Id));
    }

    /// <summary>A name of several words the model read once, not surely, replaces a shorter reading of the same words
    /// elsewhere, but is not added where nothing was tagged.</summary>
    [Fact]
    public void A_less_sure_name_of_several_words_replaces_shorter_readings_of_its_words()
    {
        var doc = RunAsTagged("Nippon Steel completes takeover\n\nNippon Steel completed it on Wednesday. Shares of Nippon Steel rose. "
                              + "Acme Steel said so. Analysts at Acme Steel agreed.",
            ("Nippon", EntityLabels.Loc, 0.9), ("Nippon Steel", EntityLabels.Org, 0.67), ("Nippon", EntityLabels.Loc, 0.9), ("Acme Steel", EntityLabels.Org, 0.67));
        Assert.Equal(3, doc.Entities.Count(e => e.Text == "Nippon Steel" && e.Label == EntityLabels.Org));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Nippon");
        Assert.Single(doc.Entities, e => e.Text == "Acme Steel");
        // a reading that runs on over a code (a postcode) replaces nothing (it read every "London" as "London E17")
        var postcode = RunAsTagged("Write to London E17 today. We met in London E17 on Monday.", ("London E17", EntityLabels.Loc, 0.6), ("London", EntityLabels.Loc, 0.9));
        Assert.Single(postcode.Entities, e => e.Text == "London E17");
    }

    /// <summary>A one-word name opening a sentence before a lower-case word is repeated when the text never writes it in
    /// lower case ("Uniper will also cut jobs" after "the energy firm Uniper").</summary>
    [Fact]
    public void A_name_opening_a_sentence_before_a_lower_case_word_is_repeated()
    {
        var doc = Run("We saw Jordan on Monday. Jordan spoke later.", ("Jordan", EntityLabels.Person, 0.9));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Jordan" && e.Label == EntityLabels.Person));
    }

    [Theory]
    [InlineData("We ate at Acme on Monday. The food at Acme was fine.", 0.6)]                      // not confident enough
    [InlineData("We saw Jordan on Monday. Later Michael Jordan spoke.", 0.9)]                      // inside a longer name
    // one word at a sentence start that the text writes in lower case too, or before a capital
    [InlineData("We met Hope on Monday. Hope is what gives us hope.", 0.9)]
    [InlineData("We met Hope on Monday. Hope Street was closed.", 0.9)]
    public void Doubtful_repeats_are_left_alone(string text, double confidence)
    {
        string name = text.Contains("Acme") ? "Acme" : text.Contains("Hope") ? "Hope" : "Jordan";
        var doc = Run(text, (name, EntityLabels.Person, confidence));
        Assert.Single(doc.Entities, e => e.Text == name);
    }

    [Fact]
    public void A_name_tagged_with_two_labels_is_not_repeated()
    {
        var doc = Run("Washington said so. Officials in Washington agreed. We later wrote to Washington again.",
            ("Washington", EntityLabels.Person, 0.9), ("Washington", EntityLabels.Loc, 0.9));
        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Washington"));
    }
}
