using Extraction.Entities.Statistical;
using Extraction.Model;
using Extraction.Segmentation;
using Extraction.Tests.Support;

namespace Extraction.Tests.Ner;

/// <summary>The stage's combination of model spans with the entities earlier stages (gazetteer, rules) left on the document.</summary>
public class NerStageTests
{
    private static readonly NerModel Model = NerFixtures.TrainTiny();

    private const string Text = "President Putin arrived in Tashkent on October 12 with Karimov .";

    /// <summary>The text through the ner stage, after a stand-in for the gazetteer and rules that put <paramref name="earlier"/> on it.</summary>
    private static Document Run(bool keepUnmatched, params (string Text, string Label)[] earlier) =>
        Annotate.Run(Text, new Segmenter(), new FixedEntities(earlier.Select(e => (e.Text, e.Label, 0.9)).ToArray()) { Source = "earlier" },
            new NerStage(new NerTagger(Model, null), keepUnmatched: keepUnmatched));

    private static Entity E(string text, int start, string label, string source) =>
        new() { Id = "", Start = start, End = start + text.Length, Label = label, Text = text, Canonical = text, Source = source };

    /// <summary>The segmented text and one model span over the first occurrence of <paramref name="span"/>.</summary>
    /// <summary>The model's span over the first <paramref name="span"/> of <paramref name="text"/>, with a doubtful confidence (0.6).</summary>
    private static Entity Doubtful(string text, string span, string label)
    {
        var e = E(span, text.IndexOf(span, StringComparison.Ordinal), label, "ner");
        e.Confidence = 0.6;
        return e;
    }

    private static (Document Doc, List<Entity> Spans) OneSpan(string text, string span, string label) =>
        (Annotate.Run(text, new Segmenter()), [E(span, text.IndexOf(span, StringComparison.Ordinal), label, "ner")]);

    [Fact]
    public void Model_spans_replace_overlapping_earlier_entities_of_the_labels_it_owns()
    {
        var doc = Run(true, ("Tashkent", "PERSON"), ("October 12", "DATE"));
        Assert.Contains(("Putin", "PERSON"), Annotate.EntityPairs(doc));
        Assert.Contains(("Tashkent", "LOC"), Annotate.EntityPairs(doc));
        Assert.DoesNotContain(("Tashkent", "PERSON"), Annotate.EntityPairs(doc));
        Assert.Contains(("October 12", "DATE"), Annotate.EntityPairs(doc));
        var putin = doc.Entities.Single(e => e.Text == "Putin");
        Assert.Equal("ner", putin.Source);
        Assert.InRange(putin.Confidence, 0, 1);
    }

    [Fact]
    public void Earlier_entities_the_model_did_not_find_are_kept_only_when_configured()
    {
        Assert.Contains(("Karimov", "PERSON"), Annotate.EntityPairs(Run(true, ("Karimov", "PERSON"))).Where(p => p.Text == "Karimov"));
        Assert.DoesNotContain(Run(false, ("Karimov", "PERSON")).Entities, e => e.Text == "Karimov" && e.Source == "earlier");
    }

    [Fact]
    public void A_longer_earlier_entity_of_another_label_wins_over_a_shorter_model_span()
    {
        var doc = Run(true, ("President Putin", "NORP"));
        Assert.Contains(("President Putin", "NORP"), Annotate.EntityPairs(doc));
        Assert.DoesNotContain(("Putin", "PERSON"), Annotate.EntityPairs(doc));
    }

    [Fact]
    public void An_unambiguous_gazetteer_place_keeps_its_label_where_the_model_spans_it_as_something_else()
    {
        // The tiny model reads "Putin" as PERSON; were it a place the gazetteer knows without ambiguity, LOC stands.
        var gazetteer = new FixedEntities(("Putin", "LOC", 0.9), ("Tashkent", "PERSON", 0.9)) { Source = Extraction.Entities.GazetteerEntityTagger.StageName };
        var doc = Annotate.Run(Text, new Segmenter(), gazetteer, new NerStage(new NerTagger(Model, null)));
        Assert.Contains(("Putin", "LOC"), Annotate.EntityPairs(doc));
        Assert.DoesNotContain(("Putin", "PERSON"), Annotate.EntityPairs(doc));
        // Person and organisation lists are not trusted over the model.
        Assert.Contains(("Tashkent", "LOC"), Annotate.EntityPairs(doc));
        Assert.DoesNotContain(("Tashkent", "PERSON"), Annotate.EntityPairs(doc));
        // From another stage, the model's label stands.
        Assert.Contains(("Putin", "PERSON"), Annotate.EntityPairs(Run(true, ("Putin", "LOC"))));
    }

    /// <summary>A model place or person whose last word only organisations end in is an ORG; place endings are left alone.</summary>
    [Theory]
    [InlineData("Enron Investment Partners", "PERSON", "ORG")]
    [InlineData("Jerusalem Post", "LOC", "ORG")]
    [InlineData("China National Petroleum Corporation", "LOC", "ORG")]
    [InlineData("Wagner Group", "PERSON", "ORG")]
    [InlineData("Korea Exchange", "LOC", "ORG")]  // it stayed a place
    [InlineData("Kyrgyz Electric Networks", "LOC", "ORG")]  // so did this
    [InlineData("West Bank", "LOC", "LOC")]
    [InlineData("Russian Federation", "LOC", "LOC")]
    [InlineData("Partners", "PERSON", "PERSON")]
    [InlineData("Caspian Pipeline Consortium", "LOC", "ORG")]
    [InlineData("Black Sea Fleet", "LOC", "ORG")]
    [InlineData("China Coast Guard", "LOC", "ORG")]
    [InlineData("Patriotic Electoral Bloc", "PERSON", "ORG")]
    [InlineData("St. Petersburg International Economic Forum", "LOC", "ORG")]
    // no person's name ends so, though a place's may: only a person is relabelled
    [InlineData("George C. Marshall Center", "PERSON", "ORG")]
    [InlineData("World Trade Center", "LOC", "LOC")]
    // a business named by its trade
    [InlineData("Malcolm Smith Motorsports", "PERSON", "ORG")]
    [InlineData("El Paso Energy", "LOC", "ORG")]
    [InlineData("U.S. Steel", "LOC", "ORG")]
    [InlineData("General Electric", "PERSON", "ORG")]
    [InlineData("U.S. Geological Survey", "LOC", "ORG")]
    // a state's mission abroad is a body (the model read "United States Embassy" a place)
    [InlineData("United States Embassy", "LOC", "ORG")]
    [InlineData("Russian Consulate", "LOC", "ORG")]
    // a court of law is a body (the model read "Tbilisi City Court" a place); a building's "Court" stays a place
    [InlineData("Tbilisi City Court", "LOC", "ORG")]
    [InlineData("Hampton Court", "LOC", "LOC")]
    // a branch's compass point after the last word
    [InlineData("Sudan People's Liberation Movement-North", "LOC", "ORG")]
    // a person's span ending in a feature's word is a place
    [InlineData("Thomas Shoal", "PERSON", "LOC")]
    [InlineData("Michael Bay", "PERSON", "PERSON")]
    public void A_name_ending_in_an_organisation_noun_is_relabelled(string text, string label, string expected)
    {
        var spans = new List<Entity> { E(text, 0, label, "ner") };
        NerStage.RelabelOrganisationNames(spans);
        Assert.Equal(expected, spans[0].Label);
    }

    [Theory]
    [InlineData("Jets struck hideouts in Paktika province's Barmal district.", "Paktika province's Barmal", "Paktika|Barmal")]
    // no lower-case word before the possessive: one name
    [InlineData("The People's Party won.", "People's Party", "People's Party")]
    public void A_lower_case_word_with_a_possessive_ends_one_name_and_another_begins(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "LOC");
        NerStage.SplitAtLowerCasePossessives(doc, spans);
        Assert.Equal(expected, string.Join("|", spans.Select(e => e.Text)));
    }

    [Theory]
    [InlineData("They met Lavrov, Wang Yi, Jaishankar, and Fidan.", "Jaishankar|Fidan")]
    // more names no stage found than found ones
    [InlineData("They met Lavrov, Wang Yi, Jaishankar, Araghchi, Sharif, and Fidan.", "")]
    // "and" alone joins one name's words; a common word, a title or a sentence's first word is no name
    [InlineData("They met Lavrov and Wang Yi and Members and Protective Order.", "")]
    [InlineData("They met Lavrov, Wang Yi, Staff, and Minister.", "")]
    [InlineData("Jaishankar, Lavrov and Wang Yi met.", "")]
    public void A_run_of_capitals_no_stage_found_joins_a_list_of_found_names(string text, string expected)
    {
        var doc = Annotate.Run(text, new Segmenter());
        var model = new List<Entity> { E("Lavrov", text.IndexOf("Lavrov", StringComparison.Ordinal), "PERSON", "ner"), E("Wang Yi", text.IndexOf("Wang Yi", StringComparison.Ordinal), "PERSON", "ner") };
        NerStage.UnifyListLabels(doc, model, [], Extraction.Tests.Entities.EntityTestData.Committed);
        Assert.Equal(expected, string.Join("|", model.Where(e => e.Source == NerStage.ListMemberSource).Select(e => e.Text + (e.Label == "PERSON" ? "" : "/" + e.Label))));
    }

    [Theory]
    [InlineData("She taught at Maliyadeva College Kurunegala.", "Maliyadeva College", "Kurunegala", "PERSON")]
    [InlineData("She taught at Maliyadeva College Kurunegala.", "Maliyadeva College", "Kurunegala", "ORG")]
    // a government's office too
    [InlineData("The State Department Iraq desk said so.", "State Department", "Iraq", "ORG")]
    public void An_institution_s_span_ends_before_its_place_whatever_its_label(string text, string institution, string place, string label)
    {
        var (doc, spans) = OneSpan(text, institution + " " + place, label);
        doc.Entities.Add(E(place, text.IndexOf(place, StringComparison.Ordinal), "LOC", "gazetteer"));
        NerStage.CutPlacesAfterInstitutions(doc, spans);
        Assert.Equal(institution, Assert.Single(spans).Text);
    }

    [Theory]
    [InlineData("The George W. Bush - Dick Cheney ticket won.", "George W. Bush - Dick Cheney", "George W. Bush|Dick Cheney")]
    // one word on a side that no earlier stage knows, or a side ending in lower case: a name tokenised word by word
    [InlineData("Shares of Coca - Cola rose.", "Coca - Cola", "Coca - Cola")]
    [InlineData("Supporters of Muqtada al - Sadr marched.", "Muqtada al - Sadr", "Muqtada al - Sadr")]
    public void A_spaced_dash_parts_two_names(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "PERSON");
        NerStage.SplitAtSpacedDashes(doc, spans);
        Assert.Equal(expected, string.Join("|", spans.Select(e => e.Text)));
    }

    [Theory]
    [InlineData("Almasadam Satkaliyev, the head of the atomic energy agency, told journalists.", "Almasadam Satkaliyev", "PERSON")]
    [InlineData("Nabil Abdallah, a senior spokesman for the army, said so.", "Nabil Abdallah", "PERSON")]
    // a possessor's title ends the description (the model read a place)
    [InlineData("It received the credentials of Gul Hassan Hassan, the Taliban's new ambassador.", "Gul Hassan Hassan", "PERSON")]
    // a country may chair a body: one the model knows alone is not relabelled, nor is a description without a title
    [InlineData("Rosneft Trading, the state oil company, said so.", "Rosneft Trading", "ORG")]
    public void A_name_described_by_a_person_s_title_is_a_person(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "ORG");
        NerStage.RelabelTitledPersons(doc, spans);
        Assert.Equal(expected, spans[0].Label);
    }

    [Fact]
    public void A_name_the_article_cites_as_a_source_is_an_organisation_where_the_model_reads_a_person()
    {
        var earlier = new List<Entity> { E("Interfax", 60, "ORG", Extraction.Entities.Rules.NameRules.CitationSourceSource) };
        var model = new List<Entity> { E("Interfax", 20, "PERSON", "ner"), E("Kokoity", 0, "PERSON", "ner") };
        NerStage.RelabelKnownOrganisations(earlier, model);
        Assert.Equal(["ORG", "PERSON"], model.Select(m => m.Label));
        // "(Vecherny Bishkek, January 18)": a medium named after a city
        var cityPaper = new List<Entity> { E("Vecherny Bishkek", 10, "LOC", "ner") };
        NerStage.RelabelKnownOrganisations([E("Vecherny Bishkek", 10, "ORG", Extraction.Entities.Rules.NameRules.CitationSourceSource)], cityPaper);
        Assert.Equal("ORG", cityPaper[0].Label);
        // "Novatek, Russia's largest LNG producer, … Novatek would redirect cargoes": a company wherever it is named
        var company = new List<Entity> { E("Novatek", 200, "PERSON", "ner") };
        NerStage.RelabelKnownOrganisations([E("Novatek", 10, "ORG", Extraction.Entities.Rules.NameRules.OrgDescriptorSource)], company);
        Assert.Equal("ORG", company[0].Label);
        // "Wingtech Technology, a Shanghai-listed group … Wingtech said": the first word of a name whose rest says its kind
        var firstWord = new List<Entity> { E("Wingtech", 200, "PERSON", "ner") };
        NerStage.RelabelKnownOrganisations([E("Wingtech Technology", 10, "ORG", Extraction.Entities.Rules.NameRules.OrgDescriptorSource)], firstWord);
        Assert.Equal("ORG", firstWord[0].Label);
        // not from a name cut short inside a longer one ("state-owned Almalyk Mining" inside "Almalyk Mining and Metallurgical
        // Complex (AMMC)"): "in Almalyk, a city of 140,000 people" stays a place
        var town = new List<Entity> { E("Almalyk", 200, "LOC", "ner") };
        NerStage.RelabelKnownOrganisations([E("Almalyk Mining", 10, "ORG", Extraction.Entities.Rules.NameRules.OrgDescriptorSource),
                                            E("Almalyk Mining and Metallurgical Complex", 10, "ORG", "entity_rules/" + Extraction.Entities.Rules.AcronymRules.LongNameRule)], town);
        Assert.Equal("LOC", town[0].Label);
    }

    [Fact]
    public void A_model_span_inside_a_longer_earlier_name_of_its_label_takes_that_name_but_not_over_a_coordination()
    {
        const string osce = "Organization for Security and Cooperation in Europe", parties = "Green Party of Ontario and Green Party of Canada";
        var earlier = new List<Entity> { E(osce, 0, "ORG", "entity_rules/org_head"), E(parties, 100, "ORG", "entity_rules/org_head"), E("Fellow of the British Academy", 200, "ORG", "entity_rules/org_head") };
        var model = new List<Entity>
        {
            E("Organization for Security and Cooperation", 0, "ORG", "ner"), E("Green Party of Ontario", 100, "ORG", "ner"),
            E("British Academy", 214, "ORG", "ner"),
        };
        NerStage.ExtendToLongerEarlierNames(earlier, model);
        Assert.Equal([osce, "Green Party of Ontario", "British Academy"], model.Select(m => m.Text));
    }

    /// <summary>A model place after the "of" of a rule name its head noun opens takes the name; not after a company's legal
    /// form, where the place says where the company is.</summary>
    [Fact]
    public void A_model_place_after_the_of_of_a_head_first_name_takes_the_name()
    {
        var earlier = new List<Entity> { E("Communications Authority of Kenya", 0, "ORG", "entity_rules/org_head"), E("Google Inc. of Mountain View", 100, "ORG", "entity_rules/org_head") };
        var model = new List<Entity> { E("Kenya", 28, "LOC", "ner"), E("Mountain View", 115, "LOC", "ner") };
        NerStage.ExtendToLongerEarlierNames(earlier, model);
        Assert.Equal(["Communications Authority of Kenya/ORG", "Mountain View/LOC"], model.Select(m => m.Text + "/" + m.Label));
    }

    /// <summary>A rule name whose "of" phrase holds an "and" takes a model span inside it only where the "and" opens no second
    /// name (the held-out CrossNER dev showed both readings: "Alliance of Liberals and Democrats for Europe Party" is one
    /// name, "Social Democratic Party of Croatia and the Bridge of Independent Lists" two).</summary>
    [Fact]
    public void A_rule_name_holding_and_is_taken_only_where_the_and_opens_no_second_name()
    {
        const string alliance = "Alliance of Liberals and Democrats for Europe Party", coalition = "Social Democratic Party of Croatia and the Bridge of Independent Lists";
        var earlier = new List<Entity> { E(alliance, 0, "ORG", "entity_rules/org_head"), E(coalition, 100, "ORG", "entity_rules/org_head") };
        var model = new List<Entity> { E("Alliance of Liberals", 0, "ORG", "ner"), E("Social Democratic Party of Croatia", 100, "ORG", "ner") };
        NerStage.ExtendToLongerEarlierNames(earlier, model);
        Assert.Equal([alliance, "Social Democratic Party of Croatia"], model.Select(m => m.Text));
    }

    /// <summary>The name after a title's noun and "of" is a body, unless it is a possessor of the body after it.</summary>
    [Fact]
    public void A_person_after_a_title_and_of_is_a_body_unless_a_possessor()
    {
        const string text = "Isla, former chief executive of Inditex, spoke. Valder, previous president of Howard's Liberal Party, spoke.";
        var (doc, _) = OneSpan(text, "Inditex", "PERSON");
        var spans = new List<Entity> { E("Inditex", text.IndexOf("Inditex", StringComparison.Ordinal), "PERSON", "ner"), E("Howard", text.IndexOf("Howard", StringComparison.Ordinal), "PERSON", "ner") };
        NerStage.RelabelPersonsAfterTitles(doc, spans);
        Assert.Equal(["ORG", "PERSON"], spans.Select(s => s.Label));
    }

    /// <summary>A headline span is cut back to a name the body marks off, unless its rest holds an organisation's last word.</summary>
    [Theory]
    [InlineData("Hamas Leaders Reject Truce Plan", "Hamas Leaders Reject Truce Plan", "Hamas")]
    [InlineData("New York Times Wins Pulitzer Prize", "New York Times Wins Pulitzer Prize", "New York Times Wins Pulitzer Prize")]
    public void A_headline_span_is_cut_back_to_a_body_name(string headline, string span, string expected) =>
        Assert.Equal(expected, CutInHeadline(headline, span, "The paper in New York said Hamas had rejected it.", ("New York", "LOC"), ("Hamas", "ORG")));

    /// <summary>Past a capitalised word the body writes in lower case ("blocks"), an organisation's last word belongs to another name; connectors do not count.</summary>
    [Theory]
    [InlineData("Hungary Blocks European Council Statement", "Hungary Blocks European Council", "Hungary")]
    [InlineData("Hungary Joins Talks of Communist Party of Germany", "Communist Party of Germany", "Communist Party of Germany")]
    public void A_headline_span_past_a_word_the_body_writes_in_lower_case_is_cut_despite_an_organisation_word(string headline, string span, string expected) =>
        Assert.Equal(expected, CutInHeadline(headline, span, "Hungary said the veto blocks the statement of the Communist leaders.", ("Hungary", "LOC"), ("Communist", "NORP")));

    /// <summary>With neither side a name the body knows, an organisation whose last word ends the span begins after the word
    /// the body writes in lower case (the whole headline was one organisation).</summary>
    [Fact]
    public void A_headline_organisation_begins_after_a_word_the_body_writes_in_lower_case() =>
        Assert.Equal("Mexican Embassy", CutInHeadline("Ecuador Police Raid Mexican Embassy", "Ecuador Police Raid Mexican Embassy",
            "Ecuadorean police forced their way in, and Mexico said the raid broke the law."));

    /// <summary>Past a describing word an organisation's last word belongs to another name; an organisation's word the body
    /// writes in lower case after the same words ("Kosovo police") ends no name there.</summary>
    [Theory]
    [InlineData("Kosovo Police Close Serbian-Run Post Offices", "Kosovo Police Close Serbian-Run Post", "Kosovo police shut down offices run by Serbia, not Moldova.")]
    [InlineData("Moldova Bars Pro-Russian Bloc From Vote", "Moldova Bars Pro-Russian Bloc", "Moldova barred the bloc, Kosovo said.")]
    public void A_headline_span_past_a_describing_word_is_cut_back_to_a_body_name(string headline, string span, string body) =>
        Assert.Equal(headline.Split(' ')[0], CutInHeadline(headline, span, body, ("Kosovo", "LOC"), ("Moldova", "LOC")));

    [Fact]
    public void A_person_span_takes_the_words_before_it_that_open_a_person_named_before()
    {
        const string text = "President Hassan Sheikh Mohamud spoke. Hassan Sheikh told reporters. Then Ambassador Sheikh came.";
        var (doc, spans) = OneSpan(text, "Sheikh told", "PERSON");
        spans[0] = E("Sheikh", text.IndexOf("Sheikh told", StringComparison.Ordinal), "PERSON", "ner");
        spans.Add(E("Sheikh", text.LastIndexOf("Sheikh", StringComparison.Ordinal), "PERSON", "ner"));
        doc.Entities.Add(E("Hassan Sheikh Mohamud", text.IndexOf("Hassan", StringComparison.Ordinal), "PERSON", "entity_rules/title"));
        NerStage.ExtendOverEarlierPersonsWords(doc, spans);
        Assert.Equal(["Hassan Sheikh", "Sheikh"], spans.Select(s => s.Text));
    }

    [Fact]
    public void Without_a_known_name_to_cut_back_to_a_headline_span_ends_before_words_the_body_writes_in_lower_case() =>
        // it read the place "Caspian Oil Dispute"
        Assert.Equal("Caspian", CutInHeadline("Kazakhstan Raises Stakes in Caspian Oil Dispute", "Caspian Oil Dispute",
            "The dispute over oil in the Caspian comes as Kazakhstan exceeds its quota.", ("Kazakhstan", "LOC")));

    /// <summary>Describing words and words the body writes in lower case begin no headline name (it read the organisation
    /// "Coalition Strikes Houthi Targets"); a span of nothing else goes.</summary>
    [Fact]
    public void A_headline_span_begins_after_describing_words_and_words_the_body_writes_in_lower_case()
    {
        Assert.Equal("Houthi", CutInHeadline("Saudi-Led Coalition Strikes Houthi Targets in Sanaa", "Saudi-Led Coalition Strikes Houthi Targets",
            "The Saudi-led coalition carried out air strikes on Houthi sites.", ("Houthi", "NORP")));
        const string text = "Ruto Sends Police as UN-Backed Mission Expands\n\nThe mission, approved in 2023, expands.";
        var (doc, spans) = OneSpan(text, "UN-Backed Mission", "ORG");
        NerStage.CutHeadlineNamesToKnownNames(doc, spans);
        Assert.Empty(spans);
        // one word left of a longer span that the article never writes again is the headline's verb (it read "Pushes")
        const string sudan = "RSF Shells El Obeid as Army Pushes West\n\nThe army pressed an offensive west of the capital.";
        (doc, spans) = OneSpan(sudan, "Army Pushes West", "ORG");
        NerStage.CutHeadlineNamesToKnownNames(doc, spans);
        Assert.Empty(spans);
    }

    /// <summary>
    /// A headline span an earlier stage names whole stays whole ("Saudi Arabia", though "Saudi" is known from the body); the
    /// model's own reading of the same words in the body does not keep it whole ("London E17" is cut to the known "London").
    /// </summary>
    [Fact]
    public void Only_an_earlier_stage_s_name_keeps_a_headline_span_whole()
    {
        const string saudi = "Saudi Arabia and Iran Agree to Restore Ties\n\nSaudi officials said so.";
        var (doc, spans) = OneSpan(saudi, "Saudi Arabia", "LOC");
        doc.Entities.Add(E("Saudi Arabia", 0, "LOC", "gazetteer"));
        doc.Entities.Add(E("Saudi", saudi.LastIndexOf("Saudi", StringComparison.Ordinal), "NORP", "gazetteer"));
        NerStage.CutHeadlineNamesToKnownNames(doc, spans);
        Assert.Equal("Saudi Arabia", spans[0].Text);

        const string london = "Rally In London E17 Turns Violent\n\nPolice in London E17 said so.";
        (doc, spans) = OneSpan(london, "London E17", "LOC");
        spans.Add(E("London E17", london.LastIndexOf("London E17", StringComparison.Ordinal), "LOC", "ner"));
        doc.Entities.Add(E("London", london.LastIndexOf("London", StringComparison.Ordinal), "LOC", "gazetteer"));
        NerStage.CutHeadlineNamesToKnownNames(doc, spans);
        Assert.Equal("London", spans[0].Text);
    }

    /// <summary>The headline's model span (an organisation) after the cut, with the body's names known to the model.</summary>
    private static string CutInHeadline(string headline, string span, string body, params (string Text, string Label)[] known)
    {
        string text = headline + "\n\n" + body;
        var (doc, spans) = OneSpan(text, span, "ORG");
        foreach (var (name, label) in known) spans.Add(E(name, text.LastIndexOf(name, StringComparison.Ordinal), label, "ner"));
        NerStage.CutHeadlineNamesToKnownNames(doc, spans);
        return spans[0].Text;
    }

    [Fact]
    public void A_name_the_gazetteer_lists_whole_is_taken_over_its_and()
    {
        const string osce = "Organization for Security and Co-operation in Europe";
        var model = new List<Entity> { E("Organization for Security", 0, "ORG", "ner") };
        NerStage.ExtendToLongerEarlierNames([E(osce, 0, "ORG", "gazetteer")], model);
        Assert.Equal(osce, model[0].Text);
    }

    [Theory]
    [InlineData("He proposed that the European Union mediate.", "European Union mediate", "European Union")]
    [InlineData("He left the Bank of America today.", "Bank of America", "Bank of America")]
    public void In_edited_text_a_name_does_not_end_in_a_lower_case_word(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "ORG");
        NerStage.TrimTrailingLowerCaseWords(doc, spans);
        Assert.Equal((expected, expected), (spans[0].Text, spans[0].Canonical));
    }

    [Theory]
    [InlineData("Gazprom chief executive Alexei Miller met officials.", "Gazprom", "ORG")]
    [InlineData("Rosneft's shares fell.", "Rosneft", "ORG")]
    [InlineData("Putin chief of staff Anton Vaino spoke.", "Putin", "PERSON")]
    [InlineData("Putin met the board.", "Putin", "PERSON")]
    public void A_one_word_person_with_a_company_s_noun_after_it_is_an_organisation(string text, string name, string expected)
    {
        var (doc, spans) = OneSpan(text, name, "PERSON");
        NerStage.RelabelCompanies(doc, spans);
        Assert.Equal(expected, spans[0].Label);
    }

    [Theory]
    [InlineData("Members of the Ulster Unionist Party and the Democratic Unionist Party voted.", "Ulster Unionist Party and the Democratic Unionist Party",
                "Ulster Unionist Party|Democratic Unionist Party")]
    [InlineData("The American Philosophical Society and Human Rights Foundation met.", "American Philosophical Society and Human Rights Foundation",
                "American Philosophical Society|Human Rights Foundation")]
    [InlineData("The Ethics and Public Policy Center published it.", "Ethics and Public Policy Center", "Ethics and Public Policy Center")]
    [InlineData("The Department of Health and Human Services said so.", "Department of Health and Human Services", "Department of Health and Human Services")]
    public void A_model_organisation_joining_two_names_with_and_is_cut_in_two(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "ORG");
        NerStage.SplitCoordinatedOrganisations(doc, spans);
        Assert.Equal(expected.Split('|'), spans.Select(e => e.Text));
        Assert.All(spans, e => Assert.Equal((doc.Text[e.Start..e.End], "ORG", "ner"), (e.Text, e.Label, e.Source)));
    }

    [Fact]
    public void Names_an_earlier_stage_found_count_as_the_sides_of_a_coordination()
    {
        const string text = "Amnesty International and Human Rights Watch criticised the law.";
        var (doc, spans) = OneSpan(text, "Amnesty International and Human Rights Watch", "ORG");
        NerStage.SplitCoordinatedOrganisations(doc, spans);
        Assert.Single(spans);  // neither side ends in an organisation's last word
        doc.Entities.Add(E("Amnesty International", 0, "ORG", "gazetteer"));
        doc.Entities.Add(E("Human Rights Watch", text.IndexOf("Human", StringComparison.Ordinal), "ORG", "gazetteer"));
        NerStage.SplitCoordinatedOrganisations(doc, spans);
        Assert.Equal(["Amnesty International", "Human Rights Watch"], spans.Select(e => e.Text));
    }

    [Fact]
    public void A_doubtful_name_listed_with_confident_names_of_one_label_takes_that_label()
    {
        const string text = "The consortium includes Shell, TotalEnergies and China National Petroleum Corporation. Eni is based in Rome.";
        var doc = Annotate.Run(text, new Segmenter());
        var model = new List<Entity> { E("China National Petroleum Corporation", text.IndexOf("China", StringComparison.Ordinal), "ORG", "ner") };
        doc.Entities.Add(E("Shell", text.IndexOf("Shell", StringComparison.Ordinal), "ORG", "gazetteer"));
        var doubtful = new List<Entity>
        {
            E("TotalEnergies", text.IndexOf("TotalEnergies", StringComparison.Ordinal), "PERSON", "ner"),
            E("Eni", text.IndexOf("Eni", StringComparison.Ordinal), "PERSON", "ner"),  // in no list
            E("Rome", text.IndexOf("Rome", StringComparison.Ordinal), "LOC", "ner"),
        };
        NerStage.UnifyListLabels(doc, model, doubtful);
        Assert.Equal(["China National Petroleum Corporation/ORG", "TotalEnergies/ORG"], model.Select(e => e.Text + "/" + e.Label));
        // confident members of two labels, one each, say nothing
        model = [E("China National Petroleum Corporation", text.IndexOf("China", StringComparison.Ordinal), "ORG", "ner")];
        doc.Entities[0].Label = "PERSON";
        NerStage.UnifyListLabels(doc, model, [E("TotalEnergies", text.IndexOf("TotalEnergies", StringComparison.Ordinal), "LOC", "ner")]);
        Assert.Single(model);
    }

    /// <summary>A preposition of place before a list counts as one place more; a found person joins the places only in a list
    /// "and" or "or" joins (an apposition keeps its person).</summary>
    [Fact]
    public void A_preposition_of_place_before_a_list_votes_for_places()
    {
        const string text = "Police entered offices in Zvecan, Leposavic and Zubin Potok. The consul general in Osaka, Xue Jian, spoke.";
        var doc = Annotate.Run(text, new Segmenter());
        List<Entity> model = [Doubtful(text, "Zvecan", "LOC"), Doubtful(text, "Zubin Potok", "PERSON"), Doubtful(text, "Osaka", "LOC"), Doubtful(text, "Xue Jian", "PERSON")];
        NerStage.UnifyListLabels(doc, model, [Doubtful(text, "Leposavic", "PERSON")]);
        Assert.Equal(["Zvecan/LOC", "Zubin Potok/LOC", "Osaka/LOC", "Xue Jian/PERSON", "Leposavic/LOC"], model.Select(e => e.Text + "/" + e.Label));
    }

    [Fact]
    public void A_model_name_in_a_list_takes_the_label_most_of_its_names_carry()
    {
        const string text = "Parties such as Fidesz, Jobbik and the Socialist Party won seats. Zhang Wei and Li Na voted.";
        var doc = Annotate.Run(text, new Segmenter());
        List<Entity> model =
        [
            Doubtful(text, "Fidesz", "PERSON"), Doubtful(text, "Jobbik", "ORG"), Doubtful(text, "Socialist Party", "ORG"), Doubtful(text, "Zhang Wei", "PERSON"),
            Doubtful(text, "Li Na", "LOC"),  // one against one: no majority
        ];
        NerStage.UnifyListLabels(doc, model, []);
        Assert.Equal(["Fidesz/ORG", "Jobbik/ORG", "Socialist Party/ORG", "Zhang Wei/PERSON", "Li Na/LOC"], model.Select(e => e.Text + "/" + e.Label));
        // a confident label stands, and so does one an earlier stage gave the same name
        model[0].Label = "PERSON";
        model[0].Confidence = 0.9;
        NerStage.UnifyListLabels(doc, model, []);
        Assert.Equal("PERSON", model[0].Label);
        model[0].Confidence = 0.6;
        doc.Entities.Add(E("Fidesz", model[0].Start, "PERSON", "gazetteer"));
        NerStage.UnifyListLabels(doc, model, []);
        Assert.Equal("PERSON", model[0].Label);
    }

    [Theory]
    [InlineData("He ran in the Democratic presidential primary.", "Democratic", "NORP")]
    [InlineData("Socialist candidates lost.", "Socialist", "NORP")]
    [InlineData("The Democratic Party won.", "Democratic Party", "ORG")]  // a party's name
    [InlineData("Taliban officials met.", "Taliban", "ORG")]  // no adjective's ending
    [InlineData("He joined the Democratic.", "Democratic", "ORG")]  // no word described
    public void A_one_word_organisation_in_the_form_of_an_adjective_before_a_lower_case_word_is_a_political_group(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "ORG");
        NerStage.RelabelPartyAdjectives(doc, spans);
        Assert.Equal(expected, spans[0].Label);
    }

    /// <summary>A one-word place in the form of a people's adjective before a lower-case word is that people's (it read the
    /// place "Bavarian").</summary>
    [Theory]
    [InlineData("They were detained in the Bavarian city of Bayreuth.", "Bavarian", "NORP")]
    [InlineData("They flew to Bavaria last week.", "Bavaria", "LOC")]  // no adjective's ending
    [InlineData("The Caspian Sea is shrinking.", "Caspian Sea", "LOC")]  // a place's name of two words
    public void A_one_word_place_in_the_form_of_a_people_s_adjective_is_that_people_s(string text, string span, string expected)
    {
        var (doc, spans) = OneSpan(text, span, "LOC");
        NerStage.RelabelPartyAdjectives(doc, spans);
        Assert.Equal(expected, spans[0].Label);
    }

    [Fact]
    public void One_word_before_minister_is_a_portfolio_not_an_organisation()
    {
        // the accurate model read "Commerce" as an organisation
        var doc = Annotate.Run("Commerce Minister Wang Wentao met Gazprom chief Alexei Miller.", new Segmenter());
        var tokens = doc.Tokens.ToArray();
        Assert.True(NerTagger.IsPortfolio(doc.Text, tokens, [], 0, 1));
        Assert.False(NerTagger.IsPortfolio(doc.Text, tokens, [], 5, 6));  // "Gazprom chief": a company's
        Assert.False(NerTagger.IsPortfolio(doc.Text, tokens, new uint[tokens.Length].Select((_, i) => i == 0 ? 1u : 0u).ToArray(), 0, 1));  // a known name
    }

    [Fact]
    public void Entities_come_out_in_text_order_with_fresh_ids()
    {
        var doc = Run(true, ("October 12", "DATE"));
        Assert.Equal(doc.Entities.OrderBy(e => e.Start).Select(e => e.Start), doc.Entities.Select(e => e.Start));
        Assert.Equal(Enumerable.Range(1, doc.Entities.Count).Select(i => $"T{i}"), doc.Entities.Select(e => e.Id));
        Assert.All(doc.Entities, e => Assert.Equal(doc.Text[e.Start..e.End], e.Text));
    }
}
