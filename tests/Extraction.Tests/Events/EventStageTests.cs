using Extraction.Events;
using Extraction.Model;

namespace Extraction.Tests.Events;

/// <summary>Hand-written sentences (not from the seed): trigger typing, roles from sentence structure, status, PLOVER rules.</summary>
public class EventStageTests
{
    private static List<string> Events(string marked)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        return doc.Events.Select(e => EventTestSupport.Describe(doc, e)).Select(d => d[..d.IndexOf(" mode=", StringComparison.Ordinal)]).ToList();
    }

    [Theory]
    // passive with agent: the agent acts on the subject
    [InlineData("[Georgia|LOC] was attacked by [Russia|LOC] on Friday.", "ASSAULT/asserted 'attacked' actor=Russia recipient=Georgia")]
    // a participle after "and" and a count shares the passive's gapped auxiliary: the victims do nothing (it read ASSAULT 'injured' actor=Chinese)
    [InlineData("Two [Chinese|NORP] citizens were killed and one injured in an attack in [Tajikistan|LOC] on Monday.", "")]
    [InlineData("Two [Chinese|NORP] citizens were killed and one injured when gunmen opened fire near the border.", "")]
    // possessive noun trigger, recipient from the complement clause
    [InlineData("[Tajikistan|LOC]’s insistence that [Russia|LOC] withdraw its border guards angered officials.", "REQUEST/asserted 'insistence' actor=Tajikistan recipient=Russia")]
    // "a meeting with X"
    [InlineData("[Vladimir Putin|PERSON] held a meeting with [Emomali Rahmon|PERSON] in [Dushanbe|LOC].", "CONSULT/asserted 'held a meeting' actor=Vladimir Putin recipient=Emomali Rahmon")]
    // "talks between X and Y"
    [InlineData("Talks between [Armenia|LOC] and [Azerbaijan|LOC] resumed in [Vienna|LOC].", "CONSULT/asserted 'Talks' actor=Armenia recipient=Azerbaijan")]
    // … whoever hosts them (it read actor=Egyptian recipient=Israel)
    [InlineData("[Egyptian|NORP] talks between [Israel|LOC] and [Hamas|ORG] resumed.", "CONSULT/asserted 'talks' actor=Israel recipient=Hamas")]
    // negation and hypothesis
    [InlineData("[Iran|LOC] did not attack [Israel|LOC].", "ASSAULT/negated 'attack' actor=Iran recipient=Israel")]
    [InlineData("Officials fear that if [Iran|LOC] attacks [Israel|LOC] oil prices will rise.", "ASSAULT/hypothetical 'attacks' actor=Iran recipient=Israel")]
    // an infinitive of purpose after a controlled infinitive's object is part of the request (it read the embassy protecting)
    [InlineData("The [Chinese Embassy|ORG] urged [Tajik|NORP] authorities to \"take all necessary measures\" to protect [Chinese|NORP] citizens.",
        "REQUEST/asserted 'urged' actor=Chinese Embassy recipient=Tajik")]
    // a possessor of a venue after "at" says whose the venue is (it read recipient=Trump); a target's possessor stays
    [InlineData("The [United States|LOC] will host the summit at [Trump|PERSON]'s golf resort in [Doral|LOC].", "")]
    [InlineData("[Russia|LOC] fired missiles at [Ukraine|LOC]'s energy grid.", "ASSAULT/asserted 'fired' actor=Russia recipient=Ukraine")]
    // an inline credit is no antecedent, and a possessive pronoun after a verb opens its object, no subject of a later verb
    // (it read the credit calling); past an acronym in parentheses, a verb's preposition may govern the relative's antecedent
    // (it read actor=TTP recipient=Afghan)
    [InlineData("[Sergei Lavrov|PERSON] accused the [OSCE|ORG] of bias ([Interfax|ORG], March 21). [Milinkevich|PERSON] told reporters that the opposition would continue its campaign and called on [Belarusians|NORP] to gather.",
        "ACCUSE/asserted 'accused' actor=Sergei Lavrov recipient=OSCE | REQUEST/asserted 'called' actor=Milinkevich recipient=Belarusians")]
    [InlineData("[Pakistan|LOC]'s [Foreign Office|ORG] said the country had the right to defend itself against the [Tehreek-e-Taliban Pakistan|ORG] ([TTP|ORG]), which it accuses of operating from [Afghan|NORP] soil.",
        "ACCUSE/asserted 'accuses' actor=Foreign Office recipient=Tehreek-e-Taliban Pakistan")]
    // where and when may come between talks and "between", and a title's body may precede its holder in apposition (there
    // was no event); a title's body with no holder set off is no party
    [InlineData("The deal was reached during talks in [Dushanbe|LOC] on [September 24|DATE] between [Tajik|NORP] President [Emomali Rahmonov|PERSON] and the director of the [Russian Federal Security Service|ORG] ([FSB|ORG]), [Nikolai Patrushev|PERSON].",
        "CONSULT/asserted 'talks' actor=Emomali Rahmonov recipient=Nikolai Patrushev")]
    [InlineData("It followed talks in [Beijing|LOC] between [Ali Shamkhani|PERSON], the secretary of [Iran|LOC]'s security council, and a Saudi adviser.", "")]
    // the object of an act's verb, past a number, does not do the act a phrase of "during" names (it read the brothers raiding)
    [InlineData("[Russian|NORP] police killed two [Azerbaijani|NORP] brothers during a raid in [Yekaterinburg|LOC].",
        "ASSAULT/asserted 'killed' actor=Russian recipient=Azerbaijani | ASSAULT/asserted 'raid' actor=Russian recipient=-")]
    // after a verb of apology, praise or blame "for" gives the reason, no party (it read the airline apologized to); the object
    // before it stays
    [InlineData("[Vladimir Putin|PERSON] met [Ilham Aliyev|PERSON] and apologized for the downing of an [Azerbaijan Airlines|ORG] plane.",
        "CONSULT/asserted 'met' actor=Vladimir Putin recipient=Ilham Aliyev | SUPPORT/asserted 'apologized' actor=Vladimir Putin recipient=Ilham Aliyev")]
    [InlineData("[Kyiv|LOC] blamed [Russia|LOC] for the attack.", "ACCUSE/asserted 'blamed' actor=Kyiv recipient=Russia")]
    // a verb of saying whose object is the act's noun stages the act (there was no event)
    [InlineData("The [EU|ORG] announced sanctions on [Russia|LOC].", "COERCE/asserted 'sanctions' actor=EU recipient=Russia")]
    // to take over a duty seizes nothing (it read a seizure of Afghanistan); taking control still does
    [InlineData("[Tajikistan|LOC] will take over the protection of its border with [Afghanistan|LOC].", "")]
    [InlineData("[Kazakhstan|LOC] took over the rotating presidency of the [CSTO|ORG].", "")]
    [InlineData("The [Taliban|ORG] took over control of [Kabul|LOC].", "COERCE/asserted 'took over' actor=Taliban recipient=Kabul")]
    // nor does taking measures (it read COERCE 'taken' by China)
    [InlineData("[China|LOC]'s coast guard said it had taken control measures against the [Philippine|NORP] vessel.", "")]
    // a route's ends, and where they lie, are no parties (it read the pipeline's first town helped)
    [InlineData("[Beijing|LOC] offered a loan to help build a pipeline from [Atasu|LOC] in central [Kazakhstan|LOC] to [Alashankou|LOC] on the [Chinese|NORP] border.", "")]
    [InlineData("[Qatar Airways|ORG] launched direct flights between [Doha|LOC] and [Tashkent|LOC].", "")]
    // a court after "in" is where a case is heard, and what "within" bounds is no party (it read the court challenged, the
    // Georgians offered autonomy); "pressure from within his party" still names who pressed
    [InlineData("[Temirlan Sultanbekov|PERSON] said his party would challenge the results in the [Constitutional Court|ORG].", "")]
    [InlineData("[Mikheil Saakashvili|PERSON] offered the region broad autonomy within a unified [Georgian|NORP] state.", "")]
    // a relative clause on the subject right before the verb has a status of its own (it read negated)
    [InlineData("The party [Ata-Meken|ORG], which has been denied registration since [2019|DATE], called on [Brussels|LOC] to act.",
        "REQUEST/asserted 'called' actor=Ata-Meken recipient=Brussels")]
    // a body describing the titled name after it in an agent is not the agent (it read the European Council visiting)
    [InlineData("The deal was signed during a visit to [Astana|LOC] by [European Council|ORG] President [Antonio Costa|PERSON].",
        "CONSULT/asserted 'visit' actor=Antonio Costa recipient=Astana")]
    // a word of quantity after a past form opens its object, as a number does ("forces launched more than …" read an
    // attributive participle, and no event); "around" opens a phrase, whose names are no subject (a guard: with the first
    // change alone it read the Tajiks forcing the Kyrgyz out)
    [InlineData("[Russian|NORP] forces launched more than 400 [drones|WEAPON] at [Ukraine|LOC].", "ASSAULT/asserted 'launched' actor=Russian recipient=Ukraine")]
    [InlineData("Fighting around the [Tajik|NORP] exclave killed about 100 people and forced more than 130,000 [Kyrgyz|NORP] citizens to flee.", "")]
    // an act one must do is not done (it read asserted)
    [InlineData("[Armenian|NORP] forces must withdraw from [Kelbajar|LOC].", "RETREAT/hypothetical 'withdraw' actor=Armenian recipient=Kelbajar")]
    // a participle after a noun opens a clause about the noun: its object is no party (it read Cook as the one settled with)
    [InlineData("[Apple|ORG] agreed to settle a lawsuit accusing Chief Executive [Tim Cook|PERSON] of fraud.", "AGREE/asserted 'agreed to settle' actor=Apple recipient=-")]
    // a participle's phrase between commas after the subject is an aside (it read Moscow criticizing Russia)
    [InlineData("[Tokayev|PERSON], visiting [Moscow|LOC], criticized [Russia|LOC].",
                "CONSULT/asserted 'visiting' actor=Tokayev recipient=Moscow | ACCUSE/asserted 'criticized' actor=Tokayev recipient=Russia")]
    // a nationality before the noun of its people is the subject of a passive (it read no detention)
    [InlineData("[Kyrgyz|NORP] border guards were detained by [Tajik|NORP] forces near [Vorukh|LOC].", "COERCE/asserted 'detained' actor=Tajik recipient=Kyrgyz")]
    // "the two countries" inside a phrase of "between" is no subject (it read the last two places as killer and killed)
    [InlineData("[Kyrgyzstan|LOC] and [Tajikistan|LOC] open border. Vehicles crossed at the [Kyzyl-Bel|LOC] checkpoint on [Friday|DATE], four years after fighting between the two countries killed 100 people.",
                "SUPPORT/asserted 'open' actor=Tajikistan recipient=Kyrgyzstan")]
    // … and before the verb governing an event noun (it read Beijing making the deal)
    [InlineData("[Putin|PERSON], visiting [Beijing|LOC], signed a deal with [Xi Jinping|PERSON].",
                "CONSULT/asserted 'visiting' actor=Putin recipient=Beijing | SUPPORT/asserted 'signed' actor=Putin recipient=Xi Jinping")]
    // a relative clause has a status of its own (it read the main clause's "could": hypothetical)
    [InlineData("Experts warned that the deal could antagonize [Beijing|LOC], which buys most of [Kazakhstan|LOC]'s metals.",
                "COOPERATE/asserted 'buys' actor=Beijing recipient=Kazakhstan")]
    // ", and" opens a clause of its own: the condition of the one before does not reach it (it read hypothetical)
    [InlineData("[ECOWAS|ORG] has threatened intervention if talks fail, and has imposed sanctions on [Niger|LOC].",
                "THREATEN/asserted 'threatened' actor=ECOWAS recipient=- | COERCE/asserted 'imposed sanctions' actor=ECOWAS recipient=Niger")]
    // a reversed dictionary pattern: receiving tanks from Y is Y aiding the receiver
    [InlineData("[Armenia|LOC] received tanks from [Russia|LOC] last year.", "AID/asserted 'received' actor=Russia recipient=Armenia")]
    // PLOVER: intended aid is AGREE, and an agreement to act is one event
    [InlineData("[Kazakhstan|LOC] has a deal to buy helicopters from [Russia|LOC].", "AGREE/asserted 'deal to buy' actor=Kazakhstan recipient=Russia")]
    [InlineData("[Japan|LOC] plans to send troops to help [Iraq|LOC].", "AGREE/anticipated 'help' actor=Japan recipient=Iraq")]
    // coordinated parties of a symmetric act, the agreement noun read by the verb pattern
    [InlineData("[Czechia|LOC] and [China|LOC] signed an agreement on trade.", "SUPPORT/asserted 'signed' actor=China recipient=Czechia")]
    // a hyphen inside a compound ends no clause (it read no signing) …
    [InlineData("[Nikol Pashinyan|PERSON] and [Ilham Aliyev|PERSON] signed a [U.S.|LOC]-brokered agreement on [Friday|DATE].",
                "SUPPORT/asserted 'signed' actor=Ilham Aliyev recipient=Nikol Pashinyan")]
    // … and a participle hyphenated to a name describes the noun after it (it read Abdi backing the SDF)
    [InlineData("[Mazloum Abdi|PERSON], the commander of the [U.S.|LOC]-backed [Syrian Democratic Forces|ORG], spoke.", "")]
    // a place set off before a describing compound describes the noun after it (it read Redmond investing) …
    [InlineData("The [Redmond|LOC], [Washington|LOC]-based company has invested heavily in [OpenAI|ORG].", "")]
    // … and a long aside without a verb between commas describes the subject (it read the SDF meeting Assad)
    [InlineData("[Mazloum Abdi|PERSON], the commander of the [U.S.|LOC]-backed [Syrian Democratic Forces|ORG], met [Bashar Assad|PERSON].",
                "CONSULT/asserted 'met' actor=Mazloum Abdi recipient=Bashar Assad")]
    // the coordinated subjects of an exchange are each other's parties, each side's act aimed at the other (it read no event: a
    // release needs its other party; then only the second subject's)
    [InlineData("[Russia|LOC] and [Ukraine|LOC] exchanged 390 prisoners each on [Friday|DATE].", "RETREAT/asserted 'exchanged' actor=Ukraine recipient=Russia | RETREAT/asserted 'exchanged' actor=Russia recipient=Ukraine")]
    // those who send something each send it to the party "to" names, not to each other (it read India sending teams to China)
    [InlineData("[China|LOC] and [India|LOC] sent rescue teams to [Myanmar|LOC].", "AGREE/asserted 'sent' actor=India recipient=Myanmar | AGREE/asserted 'sent' actor=China recipient=Myanmar")]
    // in a sentence about a vote, winning and beating take no one by force (it read ASSAULT and COERCE)
    [InlineData("[Mark Carney|PERSON]'s [Liberal Party|ORG] won the election on [Monday|DATE], defeating Conservative leader [Pierre Poilievre|PERSON].", "")]
    [InlineData("[Lee Jae-myung|PERSON] took [49.4%|QUANTITY] of the vote against [41.2%|QUANTITY] for [Kim Moon-soo|PERSON].", "")]
    // an infinitive after an accord's noun is what was agreed, no act of its own (it read AGREE 'prepare' with Peshawar)
    [InlineData("[Uzbekistan|LOC] and [Pakistan|LOC] signed an agreement in [Kabul|LOC] on [July 17|DATE] to prepare a study of a railway to [Peshawar|LOC].",
                "SUPPORT/asserted 'signed' actor=Pakistan recipient=Uzbekistan")]
    // an attributive participle reports nothing; a relative clause about a non-entity has no actor
    [InlineData("The poorly trained [Afghan|NORP] army guards the border.", "")]
    [InlineData("[Putin|PERSON] made a deal with [Rahmon|PERSON], which will allow troops to stay.", "AGREE/asserted 'deal' actor=Putin recipient=Rahmon")]
    // an event noun as the object of another event's verb is that act's theme, not a second event of the subject
    [InlineData("[Russia|LOC] will protest the new agreement.", "ACCUSE/anticipated 'protest' actor=Russia recipient=-")]
    // … also when that verb makes no event of its own (it read "AGREE actor=Moscow": Moscow made no deal)
    // (the welcome itself endorses the deal, session 29)
    [InlineData("[Moscow|LOC] welcomed the deal.", "SUPPORT/asserted 'welcomed' actor=Moscow recipient=-")]
    // a reporting clause after a comma, a second verb's phrase and "according to" name no party to the act (the appeal
    // is the second verb's own: "urge" is an appeal)
    [InlineData("[Russia|LOC] attacked the port on Friday, [Ukrainian|NORP] officials said.", "ASSAULT/asserted 'attacked' actor=Russia recipient=-")]
    [InlineData("[Volodymyr Zelenskyy|PERSON] condemned the strike and urged [Western|NORP] allies to act.", "ACCUSE/asserted 'condemned' actor=Volodymyr Zelenskyy recipient=- | REQUEST/asserted 'urged' actor=Volodymyr Zelenskyy recipient=Western")]
    [InlineData("[Ukrainian|NORP] forces attacked an air base, according to [Ukraine|LOC]'s military.", "ASSAULT/asserted 'attacked' actor=Ukrainian recipient=-")]
    // a participle with its agent after a common noun describes the noun (it read "COOPERATE actor=Defense Ministry recipient=Ukrainian")
    [InlineData("The [Defense Ministry|ORG] said it had struck infrastructure used by [Ukrainian|NORP] special forces.", "ASSAULT/asserted 'struck' actor=Defense Ministry recipient=Ukrainian")]
    // a passive relative clause: the relative pronoun stands for its antecedent, the one acted on
    [InlineData("[Kokoity|PERSON], who is backed by [Moscow|LOC], spoke.", "SUPPORT/asserted 'backed' actor=Moscow recipient=Kokoity")]
    // "after" joins a clause: the name right before its verb is that clause's subject
    [InlineData("The deal comes weeks after President [Kassym-Jomart Tokayev|PERSON] hosted [Chinese|NORP] leader [Xi Jinping|PERSON] for a state visit.", "CONSULT/asserted 'hosted' actor=Kassym-Jomart Tokayev recipient=Xi Jinping | CONSULT/asserted 'visit' actor=Xi Jinping recipient=-")]
    // a refusal governs its own object: the rejected accusation is no new event, the warning after "and" is not negated (an
    // accusation rejected is itself a rejection, session 29)
    [InlineData("[Kokoity|PERSON], who is backed by [Moscow|LOC], rejected the accusation and warned [Georgia|LOC].", "SUPPORT/asserted 'backed' actor=Moscow recipient=Kokoity | REJECT/asserted 'rejected' actor=Kokoity recipient=- | THREATEN/asserted 'warned' actor=Kokoity recipient=Georgia")]
    // a verb after "to" completes the trigger verb before its object: the subject of the sentence does not "prepare" anything
    [InlineData("[Benjamin Netanyahu|PERSON] rejected a [Hamas|ORG] proposal and ordered the military to prepare an operation.", "REJECT/asserted 'rejected' actor=Benjamin Netanyahu recipient=Hamas")]
    // a participle with its agent after a comma and a common noun describes that noun
    [InlineData("[Ankara|LOC] and [Yerevan|LOC] held talks on normalizing relations, led by envoys [Serdar Kilic|PERSON] and [Ruben Rubinyan|PERSON].", "CONSULT/asserted 'held' actor=Yerevan recipient=Ankara")]
    // a verbless aside between the subject and its verb is passed over; a direct object is the recipient even of coordinated
    // subjects, each of which does the act past the aside (it read Kyrgyzstan's alone)
    [InlineData("[Kazakhstan|LOC] and [Kyrgyzstan|LOC], both [CSTO|ORG] members, have supported [Tashkent|LOC]'s return.", "SUPPORT/asserted 'supported' actor=Kyrgyzstan recipient=Tashkent | SUPPORT/asserted 'supported' actor=Kazakhstan recipient=Tashkent")]
    // a relative clause between the subject and its verb is passed over too (it read "THREATEN actor=Vladimir Putin")
    [InlineData("[Robert Fico|PERSON], who visited [Vladimir Putin|PERSON] in [Moscow|LOC] last month, threatened [Ukraine|LOC] with cuts.", "CONSULT/asserted 'visited' actor=Robert Fico recipient=Vladimir Putin | THREATEN/asserted 'threatened' actor=Robert Fico recipient=Ukraine")]
    // a dateline ends at its dash, and a source in parentheses is never a subject (they read "AGREE actor=Reuters")
    [InlineData("[CHISINAU|LOC], Jan 1 ([Reuters|ORG]) - the agreement expired at midnight.", "")]
    [InlineData("Officials ([Interfax|ORG]) attacked the port on Friday.", "")]
    // a past form after a plain word is that word's verb, not a noun ("forces attacked")
    [InlineData("[Tajik|NORP] forces attacked [Kyrgyz|NORP] border posts.", "ASSAULT/asserted 'attacked' actor=Tajik recipient=Kyrgyz")]
    // coordinated verbs share their subject: the first verb's object is not the second verb's actor
    [InlineData("[Suren Papikyan|PERSON] saw [Paris|LOC] and attacked [Thales|ORG] in an interview.", "ASSAULT/asserted 'attacked' actor=Suren Papikyan recipient=Thales")]
    [InlineData("[Suren Papikyan|PERSON] saw [Paris|LOC] and went on to attack [Thales|ORG].", "ASSAULT/asserted 'attack' actor=Suren Papikyan recipient=Thales")]
    [InlineData("[Azerbaijani|NORP] President [Ilham Aliyev|PERSON] and [Armenian|NORP] Prime Minister [Nikol Pashinyan|PERSON] met in [Brussels|LOC] at the invitation of [European Council|ORG] President [Charles Michel|PERSON].", "CONSULT/asserted 'met' actor=Nikol Pashinyan recipient=Ilham Aliyev")]
    // … also past a possessive country: "X and Qatar's Emir Y"
    [InlineData("[Abdel Fattah al-Sisi|PERSON] and [Qatar|LOC]'s Emir Sheikh [Tamim bin Hamad al-Thani|PERSON] met in [Cairo|LOC] on Monday.", "CONSULT/asserted 'met' actor=Tamim bin Hamad al-Thani recipient=Abdel Fattah al-Sisi")]
    // a phrase of time or place after the first verb's object does not make that object the second verb's actor
    [InlineData("[Recep Tayyip Erdogan|PERSON] saw [Shusha|LOC] in [June 2021|DATE] and attacked [Ilham Aliyev|PERSON] in a speech.", "ASSAULT/asserted 'attacked' actor=Recep Tayyip Erdogan recipient=Ilham Aliyev")]
    // a nationality before a title and a name describes the name, which is the one met
    [InlineData("[Vladimir Putin|PERSON] met [Tajik|NORP] President [Emomali Rahmon|PERSON] on Friday.", "CONSULT/asserted 'met' actor=Vladimir Putin recipient=Emomali Rahmon")]
    [InlineData("[Ararat Mirzoyan|PERSON] met with [US|LOC] Secretary of State [Antony Blinken|PERSON] in [Washington|LOC].", "CONSULT/asserted 'met with' actor=Ararat Mirzoyan recipient=Antony Blinken")]
    // coordinated subjects of an act between equals are its two parties, whoever is named after the verb;
    // a meeting that took place is CONSULT, though the dictionary reads "meet … at" as an intent to meet (it read AGREE)
    [InlineData("[Ilham Aliyev|PERSON] and [Nikol Pashinyan|PERSON] met in [Brussels|LOC] at the invitation of [European Council|ORG] President [Charles Michel|PERSON].", "CONSULT/asserted 'met' actor=Nikol Pashinyan recipient=Ilham Aliyev")]
    // a passive without "by" finds its actor in its own clause, not in the reporting clause after a comma
    [InlineData("[Nika Melia|PERSON] was detained, his party, the [United National Movement|ORG], said.", "")]
    [InlineData("[Armenia|LOC] attacked the [French|NORP] company [Thales|ORG] in court.", "ASSAULT/asserted 'attacked' actor=Armenia recipient=Thales")]
    // the source of an inline citation is no object: the criticism addresses no one named
    // (it read "ACCUSE actor=Russia recipient=Interfax")
    [InlineData("[Russia|LOC] criticized the plan ([Interfax|ORG], [March 3|DATE]).", "ACCUSE/asserted 'criticized' actor=Russia recipient=-")]
    // "according to" is an attribution, not an act of according (it read "COOPERATE actor=Russian recipient=Western")
    // (the deployment itself is a mobilization, session 29)
    [InlineData("[Russian|NORP] contractors have deployed to [Mali|LOC], according to [Western|NORP] diplomats.", "MOBILIZE/asserted 'deployed' actor=Russian recipient=Mali")]
    // a verb after "and" shares the first verb's subject, past that verb's object and its phrases (it read "REQUEST actor=Baku")
    [InlineData("[Nikol Pashinyan|PERSON] accused [Baku|LOC] of violating the statement of [November 2020|DATE] and called on [Russian|NORP] peacekeepers to act.", "ACCUSE/asserted 'accused' actor=Nikol Pashinyan recipient=Baku | REQUEST/asserted 'called' actor=Nikol Pashinyan recipient=Russian")]
    // an infinitive of purpose has the main verb's subject, not its object; a dictionary pattern's words after the infinitive
    // are that verb's ("phoned … to express support for" is no "call for"): it read "REQUEST 'phoned'" and "actor=Aliyev"
    [InlineData("[Recep Tayyip Erdogan|PERSON] phoned [Aliyev|PERSON] to express support for [Baku|LOC]'s steps.", "CONSULT/asserted 'phoned' actor=Recep Tayyip Erdogan recipient=Aliyev | AGREE/asserted 'express' actor=Recep Tayyip Erdogan recipient=Baku")]
    // "X and his counterpart, Y, met at Z": the counterpart is the other party, the place of the meeting is none
    [InlineData("[Jeyhun Bayramov|PERSON] and his [Armenian|NORP] counterpart, [Ararat Mirzoyan|PERSON], met at the [George C. Marshall Center|ORG] on Monday.", "CONSULT/asserted 'met' actor=Ararat Mirzoyan recipient=Jeyhun Bayramov")]
    // a state named before the second party's title is part of that party's description (it read actor=Steve Witkoff, no recipient)
    [InlineData("[Iranian|NORP] Foreign Minister [Abbas Araqchi|PERSON] and [U.S.|LOC] special envoy [Steve Witkoff|PERSON] held indirect talks in [Oman|LOC]'s capital on [Saturday|DATE].", "CONSULT/asserted 'held' actor=Steve Witkoff recipient=Abbas Araqchi")]
    // where "with" names the partner, the coordinated subjects act together (it read recipient=Yoko Kamikawa)
    [InlineData("[Japanese|NORP] Foreign Minister [Yoko Kamikawa|PERSON] and Defense Minister [Minoru Kihara|PERSON] signed the pact with [Philippine|NORP] Defense Secretary [Gilberto Teodoro|PERSON] in [Manila|LOC].", "SUPPORT/asserted 'signed the pact' actor=Minoru Kihara recipient=Gilberto Teodoro")]
    // in an absolute phrase of "with" the participle's subject is the name before it, not the clause's (it read a second
    // CONSULT 'shuttling' actor=Steve Witkoff recipient=Abbas Araqchi)
    [InlineData("[Abbas Araqchi|PERSON] and [Steve Witkoff|PERSON] held talks on [Saturday|DATE], with [Omani|NORP] Foreign Minister [Badr Albusaidi|PERSON] shuttling between the two delegations.", "CONSULT/asserted 'held' actor=Steve Witkoff recipient=Abbas Araqchi")]
    // a possessor before a title whose apposition names the person describes that person (it read recipient=Burkina Faso)
    [InlineData("[Senegal|LOC]'s President [Bassirou Diomaye Faye|PERSON] met [Burkina Faso|LOC]'s junta leader, Capt. [Ibrahim Traore|PERSON], in [Ouagadougou|LOC].", "CONSULT/asserted 'met' actor=Bassirou Diomaye Faye recipient=Ibrahim Traore")]
    // a plural pronoun stands for the parties listed together, not for the single body named after them (it read actor=ECOWAS)
    [InlineData("The governments of [Mali|LOC], [Burkina Faso|LOC] and [Niger|LOC] left the [Economic Community of West African States|ORG] on [Wednesday|DATE], a year after announcing their withdrawal from the regional bloc.", "RETREAT/asserted 'withdrawal' actor=Mali recipient=-")]
    // an act in an infinitive of purpose after a noun is intended (it read asserted)
    [InlineData("[Mali|LOC] set up a joint force of [5,000 troops|QUANTITY] to fight groups linked to [al-Qaeda|ORG].", "ASSAULT/anticipated 'fight' actor=Mali recipient=al-Qaeda")]
    [InlineData("The [RSF|ORG] has tried for more than a year to capture [El Fasher|LOC].", "COERCE/anticipated 'capture' actor=RSF recipient=El Fasher")]
    // being armed with something is no act of arming (it read COOPERATE 'armed'); returning to an office is no retreat
    // (it read RETREAT 'returned' recipient=White House)
    [InlineData("[Chinese|NORP] coast guard personnel armed with knives and axes boarded [Philippine|NORP] navy boats.", "")]
    [InlineData("The talks were the first since President [Donald Trump|PERSON] returned to the [White House|ORG].", "")]
    // a pattern's words do not reach past "as", which opens a clause of its own (it read ACCUSE "strike … talks")
    [InlineData("[Ukraine|LOC] Strikes [Russian|NORP] Refinery as Peace Talks Stall", "ASSAULT/asserted 'Strikes' actor=Ukraine recipient=Russian")]
    // an intention to act against someone is that act, anticipated, and the act's object noun is no act of its own (it read
    // "AGREE 'preparing to reject'" and "AGREE 'ceasefire'")
    [InlineData("[Zelenskiy|PERSON] said [Putin|PERSON] is preparing to reject the ceasefire.", "REJECT/anticipated 'preparing to reject' actor=Putin recipient=-")]
    // "where" opens a clause whose subject comes after it (it read MOBILIZE actor=Nika Melia)
    [InlineData("Police detained [Nika Melia|PERSON] outside parliament, where thousands of people have rallied nightly.", "")]
    // a force in a place acts for it (there was no event)
    [InlineData("Police in [Georgia|LOC] detained opposition leader [Nika Melia|PERSON] early on [Tuesday|DATE].", "COERCE/asserted 'detained' actor=Georgia recipient=Nika Melia")]
    // "the two leaders" are the last two persons named (with "where" opening the clause there was no event)
    [InlineData("[Lee Jae-myung|PERSON] met [Japanese|NORP] Prime Minister [Shigeru Ishiba|PERSON] in [Tokyo|LOC], where the two leaders agreed to deepen defence cooperation.",
        "CONSULT/asserted 'met' actor=Lee Jae-myung recipient=Shigeru Ishiba | AGREE/asserted 'agreed to deepen' actor=Lee Jae-myung recipient=Shigeru Ishiba")]
    // a person and a place are no pair of sides
    [InlineData("[Shavkat Mirziyoyev|PERSON] hosted a delegation in [Termez|LOC], where the two sides discussed the canal.", "")]
    // a finding is no intent (it read AGREE 'determined'), and beating a forecast no assault (it read ASSAULT 'beating')
    [InlineData("The [United States|LOC] determined in [January|DATE] that the [RSF|ORG] had committed genocide.", "")]
    // (a tariff taking effect is no act either: it read COERCE 'took')
    [InlineData("[China|LOC]'s exports jumped as factories rushed to ship goods before [U.S.|LOC] tariffs took effect, beating forecasts in a [Reuters|ORG] poll.", "")]
    // "state" after a place's name is its division, no statement (it read AGREE 'state' recipient=Rapid Support Forces)
    [InlineData("[Sudan|LOC]'s army recaptured the town of [Bara|LOC] in [North Kordofan|LOC] state from the [Rapid Support Forces|ORG].",
        "COERCE/asserted 'recaptured' actor=Sudan recipient=Bara")]
    // the last of a list of names after "after" closes that clause's subject, as one name does (there was no event); a
    // British spelling of a dictionary verb is that verb (there was none either)
    [InlineData("Prices rose after [Li|PERSON] and [Kishida|PERSON] met in [Beijing|LOC].", "CONSULT/asserted 'met' actor=Kishida recipient=Li")]
    [InlineData("[Seoul|LOC] finalised a trade agreement with [Washington|LOC].", "SUPPORT/asserted 'finalised a trade agreement' actor=Seoul recipient=Washington")]
    // a measure one evades is another's, aimed at the evader (it read COERCE 'sanctions' actor=Russia, and no recipient)
    [InlineData("[Russia|LOC] evaded sanctions.", "")]
    [InlineData("[Iran|LOC] has found ways to circumvent [Western|NORP] sanctions.", "COERCE/asserted 'sanctions' actor=Western recipient=Iran")]
    // an act's noun in a verb's base form after one state's name is no verb (there was no event); one state's exercises
    // are a show of force, whose "against" names its target (they were read joint: COOPERATE with Taiwan, then with no one)
    [InlineData("An [Israel|LOC] strike killed five people.", "ASSAULT/asserted 'strike' actor=Israel recipient=-")]
    [InlineData("[China|LOC] held exercises against [Taiwan|LOC].", "MOBILIZE/asserted 'exercises' actor=China recipient=Taiwan")]
    // "the two leaders" before an aside are the subject, of the verbs that share it too (there was no event)
    [InlineData("[Sadyr Japarov|PERSON] and [Emomali Rahmon|PERSON] opened the crossings. The two leaders, joined by [Shavkat Mirziyoyev|PERSON], met in [Khujand|LOC] and signed a declaration.",
        "CONSULT/asserted 'met' actor=Sadyr Japarov recipient=Emomali Rahmon | SUPPORT/asserted 'signed' actor=Sadyr Japarov recipient=Emomali Rahmon")]
    // "deadly" is an adjective, no adverb before a verb (they read PROTEST 'protests' actor=Samia Suluhu Hassan, and
    // ASSAULT 'launched' with no target)
    [InlineData("[Samia Suluhu Hassan|PERSON] was declared the winner amid deadly protests.", "")]
    [InlineData("[Russia|LOC] launched a deadly attack on [Kyiv|LOC].", "ASSAULT/asserted 'launched a deadly attack' actor=Russia recipient=Kyiv")]
    // a title's past form with an agent is passive, its auxiliary dropped (it read actor=Apple recipient=EU)
    [InlineData("[Apple|ORG] fined 500 million euros by [EU|ORG] under new digital law\n\nThe fine is the first under the law.",
        "COERCE/asserted 'fined' actor=EU recipient=Apple")]
    // a sentence's opening "he" is the person the sentence before opened with (it read actor=Quiroga)
    [InlineData("[Paz|PERSON], a centrist senator, defeated [Jorge Quiroga|PERSON] in a runoff. He has promised to restore ties with [Chile|LOC].",
        "AGREE/asserted 'promised to restore' actor=Paz recipient=Chile")]
    // a relative clause on the last of two names is that name's alone (it read AGREE 'pledged' recipient=Asian Development
    // Bank); one between both names and their verb is an aside
    [InlineData("It is backed by the [Asian Development Bank|ORG] and the [World Bank|ORG], which pledged $3.2 billion.", "")]
    [InlineData("[Kazakhstan|LOC] and [Kyrgyzstan|LOC], which share a border, signed a deal.", "SUPPORT/asserted 'signed' actor=Kyrgyzstan recipient=Kazakhstan")]
    // an act's noun before a noun of what is proposed is no act (it read AGREE 'ceasefire' actor=U.S.)
    [InlineData("Hamas officials gathered to discuss a [U.S.|LOC] ceasefire proposal.", "")]
    // a sale goes to the party after "to", past what is sold (it read recipient=Kazzinc)
    [InlineData("[Glencore|ORG] has agreed to sell its stake in [Kazzinc|ORG], a zinc producer, to businessman [Shukhrat Ibragimov|PERSON].",
        "AGREE/asserted 'agreed to sell' actor=Glencore recipient=Shukhrat Ibragimov")]
    // a halted act did not take place (it read ASSAULT/asserted); "after" and a pronoun open a clause that names no
    // actor of a passive (it read COERCE 'arrested' actor=Armenian Apostolic Church); naming an object past its noun is
    // no call (it read CONSULT 'called' recipient=Armenia)
    [InlineData("[Yemen|LOC]'s Houthi movement halted attacks on merchant ships.", "ASSAULT/negated 'attacks' actor=Yemen recipient=-")]
    [InlineData("[Karapetyan|PERSON] was arrested in June after he spoke out in defence of the [Armenian Apostolic Church|ORG].", "")]
    [InlineData("The [Kremlin|ORG] has called the case an internal matter for [Armenia|LOC].", "")]
    // the infinitive after a noun of intent and its agent is the agent's act (it read actor=Claudia Sheinbaum)
    [InlineData("[Claudia Sheinbaum|PERSON] rejected an offer by President [Donald Trump|PERSON] to send troops to [Mexico|LOC].",
        "REJECT/asserted 'rejected' actor=Claudia Sheinbaum recipient=Donald Trump | COOPERATE/asserted 'send' actor=Donald Trump recipient=Mexico")]
    // a long relative clause holding "and" is an aside between the subject and its verb (it read actor=GKNB)
    [InlineData("[Tashiev|PERSON], who had led the [GKNB|ORG] since 2020 and was widely seen as the country's second most powerful figure, returned the files to [Japarov|PERSON].",
        "RETREAT/asserted 'returned' actor=Tashiev recipient=Japarov")]
    // a phone call is a consultation, by the subject of the verb it accompanies, not its object (there was no event, then
    // actor=Takaichi), and with that verb's object (session 31: no second party before)
    [InlineData("[Tokayev|PERSON] raised the issue during a phone call with [Mirziyoyev|PERSON].", "CONSULT/asserted 'call' actor=Tokayev recipient=Mirziyoyev")]
    [InlineData("[Lee Jae-myung|PERSON] congratulated [Takaichi|PERSON] in a phone call.",
        "SUPPORT/asserted 'congratulated' actor=Lee Jae-myung recipient=Takaichi | CONSULT/asserted 'call' actor=Lee Jae-myung recipient=Takaichi")]
    // nor a leader taking office (it read COERCE 'took' actor=Jeri recipient=Congress)
    [InlineData("[Jeri|PERSON], who took office after [Congress|ORG] removed [Dina Boluarte|PERSON], said the measure targeted gangs.",
        "COERCE/asserted 'removed' actor=Congress recipient=Dina Boluarte")]
    // the people of the first of a list act with the next (there was only the noun's AGREE, without a partner)
    [InlineData("On [March 7|DATE], the energy ministers of [Uzbekistan|LOC], [Kyrgyzstan|LOC] and [Kazakhstan|LOC] signed an agreement in [Tashkent|LOC].", "SUPPORT/asserted 'signed' actor=Uzbekistan recipient=Kyrgyzstan")]
    // a weapon before an event noun names its kind: "After Missile Attack" is another act than the headline's (it read
    // ASSAULT 'Attack' actor=Israel)
    [InlineData("[Israel|LOC] Strikes Port of [Hodeidah|LOC] After [Missile|WEAPON] Attack", "ASSAULT/asserted 'Strikes' actor=Israel recipient=Hodeidah")]
    // a pattern ending in a preposition is not cut short by the modifier after it (it read CONSULT, a phone call)
    [InlineData("[Kassym-Jomart Tokayev|PERSON] called for closer coordination with [China|LOC].", "REQUEST/asserted 'called' actor=Kassym-Jomart Tokayev recipient=China")]
    // a place describing a noun whose "of" names another is no target (it read recipient=Red Sea); an act one has a role in is
    // referred to, not done (it read ASSAULT 'attack' actor=Tehran)
    [InlineData("[Israeli|NORP] warplanes struck the [Red Sea|LOC] port of [Hodeidah|LOC] on [Monday|DATE].", "ASSAULT/asserted 'struck' actor=Israeli recipient=Hodeidah")]
    [InlineData("[Esmaeil Baghaei|PERSON] denied that [Tehran|LOC] had any role in the attack.", "REJECT/asserted 'denied' actor=Esmaeil Baghaei recipient=-")]
    // a past form the dictionary lacks, before a determiner, governs the event noun after it (it read COERCE 'arrests' actor=Moscow)
    [InlineData("[Dmitry Peskov|PERSON] said [Moscow|LOC] regretted the arrests.", "")]
    [InlineData("[Nikol Pashinyan|PERSON] and [Ilham Aliyev|PERSON] initialled a peace agreement on [Friday|DATE].", "AGREE/asserted 'agreement' actor=Ilham Aliyev recipient=Nikol Pashinyan")]
    // a called-off act did not take place (it read CONSULT/asserted)
    [InlineData("[Baku|LOC] cancelled a visit by [Russian|NORP] Deputy Prime Minister [Alexei Overchuk|PERSON].", "CONSULT/negated 'visit' actor=Alexei Overchuk recipient=-")]
    // "sanction" as a verb, which the dictionary lacks (there was no event)
    [InlineData("The [United States|LOC] has sanctioned [Bidzina Ivanishvili|PERSON], the founder of [Georgian Dream|ORG].", "COERCE/asserted 'sanctioned' actor=United States recipient=Bidzina Ivanishvili")]
    // an oath of office accuses no one (it read ACCUSE 'sworn'); a relative clause between commas ends at its comma (it read
    // REJECT 'denies' recipient=Marco Rubio)
    [InlineData("[Nicolas Maduro|PERSON] was sworn in for a third term as [Venezuela|LOC]'s president on [Friday|DATE].", "")]
    // (the denial is a rejection of its own, session 29; a simple past before "by" is no participle: the call was lost)
    [InlineData("[Paul Kagame|PERSON], who denies supporting the rebels, spoke by phone with [Marco Rubio|PERSON].",
                "REJECT/asserted 'denies' actor=Paul Kagame recipient=- | CONSULT/asserted 'spoke' actor=Paul Kagame recipient=Marco Rubio")]
    // in a headline the words before an event noun are capitalised too: "Amid Opposition Protests" is another act (it read
    // PROTEST actor=Venezuela)
    [InlineData("[Venezuela|LOC]'s [Maduro|PERSON] Sworn In for Third Term Amid Opposition Protests", "")]
    // a pair of nationalities describes a thing between them (it read recipient=Tajik-Afghan); a possessor of an act noun whose
    // own party follows describes the act (it read recipient=Tehran); hosting drills meets no one (it read CONSULT recipient=CSTO)
    [InlineData("[Vladimir Putin|PERSON] met with [Emomali Rahmon|PERSON] and discussed the [Tajik-Afghan|NORP] border.", "CONSULT/asserted 'met with' actor=Vladimir Putin recipient=Emomali Rahmon | CONSULT/asserted 'discussed' actor=Vladimir Putin recipient=Emomali Rahmon")]
    // a name inside a describing word describes the noun after it: the group fired, not Iran (it read actor=Iran)
    [InlineData("[Israeli|NORP] [warplanes|WEAPON] struck the port of [Hodeidah|LOC] on [Monday|DATE], a day after a [missile|WEAPON] fired by the [Iran|LOC]-aligned group landed near [Israel|LOC]'s main airport.", "ASSAULT/asserted 'struck' actor=Israeli recipient=Hodeidah")]
    // the leader of what it leads acts through it
    [InlineData("The [Saudi|NORP]-led coalition carried out air strikes on [Houthi|NORP] military sites around [Sanaa|LOC].", "ASSAULT/asserted 'carried out air strikes' actor=Saudi recipient=Houthi")]
    // after ", and" a verb joins the reporting verb, not the reported clause's verb (it read no event)
    [InlineData("Spokesman [Turki al-Maliki|PERSON] said the strikes had destroyed depots, and accused [Tehran|LOC] of smuggling parts.", "ACCUSE/asserted 'accused' actor=Turki al-Maliki recipient=Tehran")]
    // "the two sides" are no party and the place where they met (it read CONSULT 'discussed' actor=Taliban recipient=Termez)
    [InlineData("[Shavkat Mirziyoyev|PERSON] hosted a delegation of the [Taliban|ORG]-led government in [Termez|LOC], where the two sides discussed the canal.", "CONSULT/asserted 'hosted' actor=Shavkat Mirziyoyev recipient=Taliban")]
    // a verb adopting a coercive measure is no act of its own (it read CONCEDE 'approved', SUPPORT 'agreed' or nothing)
    [InlineData("The [EU|ORG] approved new sanctions against [Russia|LOC] on [Friday|DATE].", "COERCE/asserted 'sanctions' actor=EU recipient=Russia")]
    [InlineData("[European Union|ORG] countries agreed on [Friday|DATE] an 18th package of sanctions against [Russia|LOC].", "COERCE/asserted 'sanctions' actor=European Union recipient=Russia")]
    [InlineData("The [EU|ORG] agreed a deal with [Russia|LOC].", "AGREE/asserted 'agreed a deal' actor=EU recipient=Russia")]
    // a name before the pattern's own act noun owns the measure (it read recipient=EU); before another act's noun it is the one acted on
    [InlineData("[Lithuania|LOC] applies [EU|ORG] sanctions against [Russia|LOC].", "COERCE/asserted 'applies EU sanctions' actor=Lithuania recipient=Russia")]
    [InlineData("[Yemen|LOC] has rejected a [U.S.|LOC] request to interrogate detainees.", "REJECT/asserted 'rejected' actor=Yemen recipient=U.S.")]
    // to argue that something is so states it (it read ACCUSE 'argued' recipient=Moscow); arguing against someone still disapproves
    [InlineData("[Ghia Nodia|PERSON] argued that [Moscow|LOC] does not need formal ties.", "")]
    [InlineData("[Armenia|LOC] argued against the plan proposed by [Russia|LOC].", "REJECT/asserted 'argued' actor=Armenia recipient=Russia")]
    // suspended talks did not take place (a headline with no party to suspend them with read CONSULT 'Talks' asserted)
    [InlineData("[Colombia|LOC] Suspends Talks With Rebels After Attacks", "CONSULT/negated 'Talks' actor=Colombia recipient=-")]
    // to end a pact reduces relations with the other party, the pact's noun the verb's (it read AGREE asserted, then negated); an
    // ended offensive still took place
    [InlineData("[Chad|LOC] has ended its defence cooperation agreement with [France|LOC].", "SANCTION/asserted 'ended' actor=Chad recipient=France")]
    [InlineData("[Chad|LOC] Ends Defence Pact With [France|LOC]", "SANCTION/asserted 'Ends' actor=Chad recipient=France")]
    [InlineData("[Israel|LOC] ended its offensive in [Gaza|LOC].", "ASSAULT/asserted 'offensive' actor=Israel recipient=-")]
    // "supply" is no adverb: "supply chains" is a noun phrase (it read COOPERATE 'chains' recipient=Japanese); citizens abducted
    // by a state named are its act on them
    [InlineData("[Shigeru Ishiba|PERSON] said [Tokyo|LOC] would work with [Seoul|LOC] on supply chains and on the issue of [Japanese|NORP] citizens abducted by [North Korea|LOC].",
        "ASSAULT/asserted 'abducted' actor=North Korea recipient=Japanese")]
    // a faction of a body acts for it (it read actor=Eritrea, the last name before the clause)
    [InlineData("[Ethiopia|LOC] accused [Eritrea|LOC] of preparing for war, days after a faction of the [Tigray People's Liberation Front|ORG] seized the regional capital, [Mekelle|LOC].", "ACCUSE/asserted 'accused' actor=Ethiopia recipient=Eritrea | COERCE/asserted 'seized' actor=Tigray People's Liberation Front recipient=Mekelle")]
    // a participle after the object of a preposition describes it (it read COOPERATE 'purchased' recipient=European)
    [InlineData("[Dorin Recean|PERSON] offered to supply [Transnistria|LOC] with gas purchased on [European|NORP] markets.", "AGREE/asserted 'offered to supply' actor=Dorin Recean recipient=Transnistria")]
    // a connective adverb between commas is an aside (there was no event)
    [InlineData("[Tajik|NORP] opposition figures in exile, however, accused [Rahmon|PERSON] of ceding land.", "ACCUSE/asserted 'accused' actor=Tajik recipient=Rahmon")]
    // to be caught between two is no capture (it read COERCE 'Caught' recipient=Moscow)
    [InlineData("[Serbia|LOC] Caught Between [Moscow|LOC] and [Brussels|LOC]", "")]
    // to face sanctions is to be their target (it read CONSULT 'faces' recipient=U.S.; later no recipient)
    [InlineData("The oil company [NIS|ORG] faces [U.S.|LOC|United States] sanctions that could shut down its refinery.", "COERCE/asserted 'sanctions' actor=United States recipient=NIS")]
    // a weapon naming the kind of a launched act leaves one event (it read a second ASSAULT 'strikes'); a think tank thinks
    // nothing (it read CONSULT 'think' recipient=Iran)
    [InlineData("[India|LOC] launched [missile|WEAPON] strikes on nine sites in [Pakistan|LOC].", "ASSAULT/asserted 'launched' actor=India recipient=-")]
    [InlineData("[Ilham Shaban|PERSON] of the [Caspian Barrel|ORG] think tank told [Turan|ORG] that [Iran|LOC]'s shortages make the route unreliable.", "")]
    // a gerund after "and" shares the accused's act (it read actor=Ethiopia for the support)
    [InlineData("[Ethiopia|LOC] accused [Eritrea|LOC] of preparing for war and supporting rebels in the northern [Tigray|LOC] region.", "ACCUSE/asserted 'accused' actor=Ethiopia recipient=Eritrea | SUPPORT/asserted 'supporting' actor=Eritrea recipient=Tigray")]
    // a participle before a nationality and its noun describes them (it read ACCUSE 'suspected', and no arrest)
    [InlineData("[Germany|LOC] arrests three suspected [Russian|NORP] saboteurs.", "COERCE/asserted 'arrests' actor=Germany recipient=Russian")]
    // an act someone failed to do did not take place (it read AID 'defend' asserted)
    [InlineData("[Pashinyan|PERSON] accused the [Moscow|LOC]-led alliance of failing to defend [Armenia|LOC] in [September 2022|DATE].", "ACCUSE/asserted 'accused' actor=Pashinyan recipient=Moscow | AID/negated 'defend' actor=Moscow recipient=Armenia")]
    // to study a thing is no investigation of a party (it read ACCUSE 'studying' recipient=Pakistani)
    [InlineData("[Alexei Overchuk|PERSON] said [Russia|LOC] was studying a rail link through [Uzbekistan|LOC] to the [Pakistani|NORP] port of [Karachi|LOC].", "")]
    // the speaker of a reporting verb does not do the act reported (it read ASSAULT 'strikes' actor=Volker Turk)
    [InlineData("[Volker Turk|PERSON] said air strikes by the military had killed [1,800 civilians|QUANTITY] in the past year.", "")]
    // (since session 16 a noun after a name's possessive is read as a noun, so the verb's pattern "reaffirm … support" is the trigger)
    [InlineData("[Abbas Araqchi|PERSON] reaffirmed [Tehran|LOC]'s support for [Armenia|LOC]'s territorial integrity.", "SUPPORT/asserted 'reaffirmed' actor=Abbas Araqchi recipient=Armenia")]
    [InlineData("[Kazakhstan|LOC] hosted [CSTO|ORG] exercises near [Almaty|LOC] in [September|DATE].", "")]
    // a subordinate clause's subject may be a nationality with its head noun ("a Russian court"), not the main clause's
    [InlineData("[Kazakhstan|LOC] is looking for routes after a [Russian|NORP] court ordered the [Caspian Pipeline Consortium|ORG] to halt.", "REQUEST/asserted 'ordered' actor=Russian recipient=Caspian Pipeline Consortium")]
    // an infinitive with no object before it keeps its own subject; "likely to" expects the act (it read "asserted")
    [InlineData("Analysts said [Moscow|LOC] was likely to protest the agreement.", "ACCUSE/anticipated 'protest' actor=Moscow recipient=-")]
    // a past form after a weapon is its verb ("drones struck"), as after a plain noun (it read no event)
    [InlineData("[Ukrainian|NORP] naval [drones|WEAPON] struck the [Russian|NORP] landing ship off the coast of [Crimea|LOC].", "ASSAULT/asserted 'struck' actor=Ukrainian recipient=Russian")]
    // a verb whose past is its base form, before its object; the possessor of a force is the actor (it read no event)
    [InlineData("[Ukraine|LOC]'s air force hit [Russian|NORP] ships in [Feodosia|LOC].", "ASSAULT/asserted 'hit' actor=Ukraine recipient=Russian")]
    // ", and" before a new clause ends the search for a subject (the attack was read as Ukraine's)
    [InlineData("[Ukraine|LOC] attacked [Russia|LOC] in [December|DATE], and in [September|DATE] a missile attack damaged the headquarters.", "ASSAULT/asserted 'attacked' actor=Ukraine recipient=Russia")]
    // a clause after "if" has its own subject; "the attacks continued": the noun is that subject and names no actor
    [InlineData("[Russia|LOC] would respond if the attacks continued.", "")]
    // a dictionary pattern of "to" alone is an intent to act only before an infinitive (it read "AGREE 'controls'")
    [InlineData("[Turkey|LOC], which controls access to the [Black Sea|LOC], has refused to let [British|NORP] minehunters pass.", "REJECT/asserted 'refused' actor=Turkey recipient=British")]
    // founding and establishing are no cooperation without a pattern that says so (it read COOPERATE 'founded' and 'established')
    [InlineData("The opposition [United National Movement|ORG] ([UNM|ORG]), founded by [Mikheil Saakashvili|PERSON], called for protests.", "PROTEST/asserted 'protests' actor=United National Movement recipient=-")]
    [InlineData("[Azerbaijan|LOC] established a checkpoint at the entrance to the [Lachin|LOC] corridor.", "")]
    // "urged allies to supply": an object-control verb the dictionary lacks still makes its infinitive the object's act
    [InlineData("[Jens Stoltenberg|PERSON] praised the [Ukrainian|NORP] navy and urged allies to supply [air defense systems|WEAPON] to [Ukraine|LOC].", "SUPPORT/asserted 'praised' actor=Jens Stoltenberg recipient=Ukrainian | REQUEST/asserted 'urged' actor=Jens Stoltenberg recipient=-")]
    // "ordered X to leave" expels (a pattern); the infinitive after a nationality's noun is the object's, no act of its own
    [InlineData("[Mali|LOC]'s military government on [Monday|DATE] ordered the [French|NORP] ambassador to leave the country.", "SANCTION/asserted 'ordered' actor=Mali recipient=French")]
    // a lone "to" of a movement pattern ("went to") is no visit before an infinitive (it read "CONSULT 'praised' mode=visit")
    [InlineData("[Jens Stoltenberg|PERSON] praised [Haiti|LOC]'s efforts to improve its record.", "SUPPORT/asserted 'praised' actor=Jens Stoltenberg recipient=Haiti")]
    // a noun after the pattern's last word may end the phrase ("agreements worth $5 billion": it read no signing)
    [InlineData("[Xi Jinping|PERSON] and [Kazakh|NORP] President [Kassym-Jomart Tokayev|PERSON] signed 30 agreements worth [$5 billion|MONEY].", "SUPPORT/asserted 'signed' actor=Kassym-Jomart Tokayev recipient=Xi Jinping")]
    // a participle after a possessor describes the noun ("Russia's proposed gas union": it read "REQUEST 'proposed'")
    [InlineData("[Kazakhstan|LOC] has refused to join [Russia|LOC]'s proposed gas union.", "REJECT/asserted 'refused' actor=Kazakhstan recipient=Russia")]
    // a visit's host is where the visitor goes (it read no event)
    [InlineData("[Xi Jinping|PERSON] arrived in [Astana|LOC] on [July 2|DATE].", "CONSULT/asserted 'arrived' actor=Xi Jinping recipient=Astana")]
    // the object noun of a complement that makes no event names no act either (it read "ASSAULT 'assault' actor=Israel");
    // "urge" (not in the CAMEO dictionary) is an appeal, and the negation after it is the complement's
    [InlineData("The [United States|LOC] has urged [Israel|LOC] not to launch the assault.", "REQUEST/asserted 'urged' actor=United States recipient=Israel")]
    // a plural after "and" and a plain noun is a noun ("weapons and volunteers": it read an offer, AGREE 'volunteers');
    // after a plain noun, the past form is the clause's verb (it had been read as an attributive participle)
    [InlineData("[Russian|NORP] peacekeepers allowed weapons and volunteers from the [North Caucasus|LOC] to enter.",
        "CONCEDE/asserted 'allowed' actor=Russian recipient=North Caucasus")]
    [InlineData("[Georgian|NORP] police detained opposition leader [Nika Gvaramia|PERSON] on [Wednesday|DATE].",
        "COERCE/asserted 'detained' actor=Georgian recipient=Nika Gvaramia")]
    [InlineData("The detained opposition leader [Nika Gvaramia|PERSON] spoke to [Reuters|ORG].", "")]
    // a headline drops "was": its participle after a noun is passive (it read PROTEST 'Detained' actor=Georgian)
    [InlineData("[Georgian|NORP] Opposition Leader Detained as Protests Enter Second Week", "")]
    // after "and" a participle before a plural is attributive (it read SUPPORT 'allied' actor=United States)
    [InlineData("The [United States|LOC] has accused the [RSF|ORG] and allied militias of committing genocide in [Darfur|LOC].",
        "ACCUSE/asserted 'accused' actor=United States recipient=RSF")]
    // a pronoun stands for the subject of a clause that "before" opens, though "before" is also a preposition (it read actor=Lin Jian)
    // ("travelled", British, is the visit "traveled" is since session 41.)
    [InlineData("[Lin Jian|PERSON] confirmed the deal. It came a day before Prime Minister [Narendra Modi|PERSON] travelled to [Kazan|LOC], where he held talks with [Xi Jinping|PERSON].",
        "CONSULT/asserted 'travelled' actor=Narendra Modi recipient=Kazan | CONSULT/asserted 'held talks' actor=Narendra Modi recipient=Xi Jinping")]
    // a subordinate clause after the verb has its own parties (it read "RETREAT … recipient=Georgian"; a withdrawal needs
    // the one withdrawn from)
    [InlineData("[Eduard Kokoity|PERSON] said [South Ossetia|LOC] would not withdraw until [Georgian|NORP] troops left.", "")]
    // a nationality before an event noun describes the act, it is not the party (it read "recipient=American")
    [InlineData("[Richard Miles|PERSON] reaffirmed [American|NORP] support for [Georgia|LOC]'s territorial integrity.", "SUPPORT/asserted 'reaffirmed' actor=Richard Miles recipient=Georgia")]
    // passing a resolution is no concession to the one it addresses (it read "CONCEDE 'passed'")
    [InlineData("The [Russian Duma|ORG] passed a resolution urging President [Vladimir Putin|PERSON] to act.", "")]
    [InlineData("[EU|ORG] rejects [German|NORP] call to boycott [British|NORP] lamb.", "REJECT/asserted 'rejects' actor=EU recipient=German | COERCE/asserted 'boycott' actor=German recipient=British")]
    [InlineData("The [European Union|ORG] has threatened to impose new sanctions on [Belarusian|NORP] officials.", "THREATEN/asserted 'threatened' actor=European Union recipient=Belarusian")]
    [InlineData("[Russia|LOC] supplies [Belarus|LOC] with gas at a fraction of the price paid by [Ukraine|LOC].", "COOPERATE/asserted 'supplies' actor=Russia recipient=Belarus")]
    // "served as": a role, no cooperation; "and said" starts a verb phrase ("said" is no "-ed" form), so the court after it
    // is no party of "called" (they read COOPERATE 'served' and CONSULT 'called')
    [InlineData("[Otunbayeva|PERSON], who served as ambassador to the [United Kingdom|LOC], called the decision absurd and said she would appeal to the [Supreme Court|ORG].", "")]
    // an act between equals after "and" is with the first verb's partner; a treaty that "commits" a party to help
    // promises the help (it read "AGREE 'treaty' actor=Vladimir Putin" alone and "AID asserted 'help'")
    [InlineData("[Vladimir Putin|PERSON] met with [Karimov|PERSON] on [June 16|DATE] and signed a partnership treaty, which commits [Russia|LOC] to help the [Uzbek|NORP] army.", "CONSULT/asserted 'met with' actor=Vladimir Putin recipient=Karimov | SUPPORT/asserted 'signed' actor=Vladimir Putin recipient=Karimov | AGREE/anticipated 'help' actor=Russia recipient=Uzbek")]
    // a place joined to a location is a location too, no party (it read "recipient=Shymkent"); the appeal to the unnamed
    // authorities to act is one
    [InlineData("The [European Union|ORG] called on the authorities to investigate reports of ballot stuffing in [Almaty|LOC] and [Shymkent|LOC].",
        "REQUEST/asserted 'called' actor=European Union recipient=-")]
    // the partner of an act between equals is the one "with" names, not a place inside its topic (it read recipient=Central Asia)
    [InlineData("[Serdar Berdimuhamedov|PERSON] discussed the fourth line of the [Central Asia|LOC]–[China|LOC] gas pipeline with [Chinese|NORP] Premier [Li Qiang|PERSON].", "CONSULT/asserted 'discussed' actor=Serdar Berdimuhamedov recipient=Li Qiang")]
    // a preposition before a date is no pattern particle: a phone call, not "call on" (it read REQUEST)
    [InlineData("[Abdel Fattah el-Sisi|PERSON] called [Burhan|PERSON] on [Sunday|DATE].", "CONSULT/asserted 'called' actor=Abdel Fattah el-Sisi recipient=Burhan")]
    // the people who act for a body make it the actor (it read no event: the body was inside "of")
    [InlineData("Leaders of the [Economic Community of West African States|ORG] accused [France|LOC] of interference.", "ACCUSE/asserted 'accused' actor=Economic Community of West African States recipient=France")]
    // coordinated objects between a verb and its pattern's preposition ("fire * at"; it read no event), and the "at" of
    // such a pattern names the target, not a place (it read location=Israel)
    [InlineData("The [Houthis|ORG] have fired [drones|WEAPON] and [missiles|WEAPON] at ships.", "ASSAULT/asserted 'fired' actor=Houthis recipient=-")]
    [InlineData("[Hamas|ORG] fired [rockets|WEAPON] at [Israel|LOC] on [Monday|DATE].", "ASSAULT/asserted 'fired' actor=Hamas recipient=Israel")]
    // military strikes carried out by the subject (it read none), by each of coordinated subjects (it read Britain's only); a labour strike is a protest
    [InlineData("The [United States|LOC] and [Britain|LOC] carried out strikes on targets in [Yemen|LOC].",
        "ASSAULT/asserted 'strikes' actor=Britain recipient=Yemen | ASSAULT/asserted 'strikes' actor=United States recipient=Yemen")]
    // a past form between the staging verb and the act's noun describes the noun (it read none)
    [InlineData("The [United States|LOC] has carried out repeated strikes on the [Houthis|NORP].", "ASSAULT/asserted 'strikes' actor=United States recipient=Houthis")]
    [InlineData("[Air France|ORG] pilots went on strike on [Monday|DATE].", "PROTEST/asserted 'strike' actor=Air France recipient=-")]
    // "on" makes a stoppage of the singular idiom only (it read a protest inside Russia)
    [InlineData("[Kyiv|LOC] rarely comments officially on strikes inside [Russia|LOC].", "ASSAULT/asserted 'strikes' actor=Kyiv recipient=-")]
    // a market's demand is no one's request (it read REQUEST 'demand' actor=Brent recipient=China)
    [InlineData("[Brent|ORG] fell as global demand from [China|LOC] weakened.", "")]
    // a relative clause between commas is passed over when its antecedent is untagged too (it read actor=Sanaa)
    [InlineData("The Houthis, who control much of northern [Yemen|LOC] including the capital [Sanaa|LOC], have fired [missiles|WEAPON] at ships.", "")]
    // an event noun that is its own clause's subject has no actor in the reporting clause (it read actor=Joe Biden)
    [InlineData("President [Joe Biden|PERSON] said the strikes were a direct response.", "")]
    [InlineData("[Biden|PERSON] said the attack on [Israel|LOC] was unprovoked.", "")]
    // a reporting clause names no party, however long its speaker's name (it read recipient=South Korea)
    [InlineData("[North Korea|LOC] fired a [ballistic missile|WEAPON] toward the sea on [Tuesday|DATE], [South Korea|LOC]'s [Joint Chiefs of Staff|ORG] said.", "ASSAULT/asserted 'fired' actor=North Korea recipient=-")]
    // the speaker of a reported clause is not its actor (it read PROTEST actor=Kim recipient=Pyongyang)
    [InlineData("[Kim|PERSON] said the launch demonstrated [Pyongyang|LOC]'s resolve.", "")]
    [InlineData("[Mark Rutte|PERSON] believes the deployment marked a dangerous expansion.", "")]
    // "from" names the source of a threat or a demand (it read THREATEN actor=Kim)
    [InlineData("[Kim|PERSON] vowed to respond to threats from its enemies.", "")]
    // a coordinated infinitive completes the same object-control verb (it read AID actor=Antonio Guterres recipient=Darfur)
    [InlineData("[Antonio Guterres|PERSON] urged both sides to agree to an immediate ceasefire and to allow humanitarian aid into [Darfur|LOC].", "REQUEST/asserted 'urged' actor=Antonio Guterres recipient=-")]
    // the act one is accused of is the accused's, a quotation mark between or not (it read SANCTION actor=Zakharova)
    [InlineData("[Zakharova|PERSON] accused [Pashinyan|PERSON]'s government of \"destroying\" relations with [Moscow|LOC].",
        "ACCUSE/asserted 'accused' actor=Zakharova recipient=Pashinyan | SANCTION/asserted 'destroying' actor=Pashinyan recipient=Moscow")]
    // a title's "of" is no preposition (it read actor=Chinese), and the counterpart named in apposition is the party
    // (it read recipient=Russian)
    [InlineData("[Chinese|NORP] Minister of Public Security [Wang Xiaohong|PERSON] visited [Dushanbe|LOC] in [February|DATE].", "CONSULT/asserted 'visited' actor=Wang Xiaohong recipient=Dushanbe")]
    // "of" after a noun of what is done to someone names the one it is done to (it had no recipient) …
    [InlineData("[Kyrgyzstan|LOC] announced the arrest of [Sergei Ivanov|PERSON].", "COERCE/asserted 'arrest' actor=Kyrgyzstan recipient=Sergei Ivanov")]
    // … and a deportation ordered is a deportation (it read REQUEST 'ordered')
    [InlineData("[Kyrgyz|NORP] authorities ordered the deportation of [Bolot Temirov|PERSON].", "COERCE/asserted 'deportation' actor=Kyrgyz recipient=Bolot Temirov")]
    // a noun joined by "and" to one a verb of undergoing governs is undergone too (it read COERCE 'deportations' actor=Kyrgyz)
    [InlineData("[Kyrgyz|NORP] nationals have also faced mass detentions and deportations.", "")]
    // a participle whose "by" names no party was done by no one named (it read SUPPORT 'inspired' actor=ELN recipient=Catholic)
    [InlineData("The [ELN|ORG], founded in [1964|DATE] by radical [Catholic|NORP] priests and inspired by the [Cuban revolution|EVENT], said it would fight.", "")]
    // an infinitive right after the objects of a verb of meeting is the visitor's purpose (it read CONSULT 'discuss' actor=Moscow recipient=Tehran)
    [InlineData("[Ali Lamine Zeine|PERSON] visited [Tehran|LOC] and [Moscow|LOC] to discuss energy cooperation.", "CONSULT/asserted 'visited' actor=Ali Lamine Zeine recipient=Tehran")]
    // a description set off before ", and" whose noun a clause without "that" describes is passed over to the verb before it (it read actor=Moscow)
    [InlineData("[Armenia|LOC] joined the [International Criminal Court|ORG] in [February|DATE], a step [Moscow|LOC] called \"unfriendly\", and held joint military exercises with the [United States|LOC].",
        "COOPERATE/asserted 'held joint military exercises' actor=Armenia recipient=United States")]
    // … and so is a "for" (it read actor=European)
    [InlineData("[European|NORP] Commissioner for Enlargement [Marta Kos|PERSON] urged [Belgrade|LOC] to act.", "REQUEST/asserted 'urged' actor=Marta Kos recipient=Belgrade")]
    [InlineData("[Sherali Mirzo|PERSON] met with his [Russian|NORP] counterpart, [Andrei Belousov|PERSON], in [Moscow|LOC].", "CONSULT/asserted 'met with' actor=Sherali Mirzo recipient=Andrei Belousov")]
    // a participle after a comma has the clause's subject, not its object's (it read ACCUSE actor=French)
    [InlineData("[Mali|LOC]'s government ordered the [French|NORP] ambassador to leave, accusing [Paris|LOC] of backing armed groups.",
        "SANCTION/asserted 'ordered' actor=Mali recipient=French | ACCUSE/asserted 'accusing' actor=Mali recipient=Paris")]
    // a second participle after "and" shares the first one's subject, the clause's (it read ASSAULT actor=Jenin)
    [InlineData("[Israeli|NORP] troops raided [Jenin|LOC], detaining dozens and killing three [Palestinians|NORP].",
        "ASSAULT/asserted 'raided' actor=Israeli recipient=Jenin | COERCE/asserted 'detaining' actor=Israeli recipient=- | ASSAULT/asserted 'killing' actor=Israeli recipient=Palestinians")]
    // a place after "over" is where the act happens, not its target (it read recipient=Gulf of Aden)
    [InlineData("[American|NORP] forces shot down three [drones|WEAPON] over the [Gulf of Aden|LOC].", "ASSAULT/asserted 'shot down' actor=American recipient=-")]
    [InlineData("[North Korea|LOC] fired a [ballistic missile|WEAPON] into the [Sea of Japan|LOC] on Monday.", "ASSAULT/asserted 'fired' actor=North Korea recipient=-")]
    // places listed in a prepositional phrase are none of them the subject (it read PROTEST actor=Ireland)
    [InlineData("Farmers' unions in [France|LOC], [Belgium|LOC] and [Ireland|LOC] staged protests.", "")]
    // to head without a destination is to lead (it read CONSULT); meeting obligations is no meeting (it read CONSULT
    // recipient=Taiwan); calling something a quotation names it (it read CONSULT)
    [InlineData("[Nika Gvaramia|PERSON], who heads the [Coalition for Change|ORG], spoke.", "")]
    [InlineData("[Pat Ryder|PERSON] said [Washington|LOC] would continue to meet its obligations under the [Taiwan|LOC] Relations Act.", "")]
    [InlineData("[Gideon Saar|PERSON] called the proceedings \"part of a persecution of [Israel|LOC].\"", "")]
    // ", and" begins another clause (it read recipient=Asian Development Bank)
    [InlineData("The [World Bank|ORG] has agreed to finance the studies, and the [Asian Development Bank|ORG] has expressed interest.",
        "AGREE/asserted 'agreed to finance' actor=World Bank recipient=-")]
    // the possessor of an arrest is the one arrested, and "after a court …" opens a clause of its own (it read COERCE actor=Delcy Rodriguez)
    [InlineData("[Delcy Rodriguez|PERSON] said on [Sunday|DATE], a week after a court issued a warrant for his arrest, that he had left.", "")]
    // a quotation is the first verb's object: the verb after "and" has that verb's subject, and the quotation addresses no
    // one (it read REQUEST actor=North–South and THREATEN recipient=North–South)
    [InlineData("[Alexei Overchuk|PERSON] warned that \"alternative routes cannot replace the [North–South|LOC] corridor\" and urged [Astana|LOC] to act.",
        "REQUEST/asserted 'urged' actor=Alexei Overchuk recipient=Astana")]
    // a participle after a reporting clause adds to the clause reported, not to the speaker's (it read REJECT
    // actor=Central Electoral Commission recipient=Maia Sandu)
    [InlineData("[PAS|ORG] won 55 seats, the [Central Electoral Commission|ORG] said on [Monday|DATE], defying what President [Maia Sandu|PERSON] described as interference.", "")]
    // a state acts through its ministry (no event: a possessor was no subject for a default code); to die is no act
    // (it read ASSAULT 'died' actor=Ziyaddin Safarov)
    [InlineData("[Azerbaijan|LOC]'s foreign ministry summoned [Russia|LOC]'s envoy.", "CONSULT/asserted 'summoned' actor=Azerbaijan recipient=Russia")]
    [InlineData("[Russia|LOC]'s air defences destroyed 25 [Ukrainian|NORP] [drones|WEAPON] overnight.", "ASSAULT/asserted 'destroyed' actor=Russia recipient=Ukrainian")]
    [InlineData("[Ziyaddin Safarov|PERSON] died after [Russian|NORP] police raided homes in [Yekaterinburg|LOC].", "ASSAULT/asserted 'raided' actor=Russian recipient=-")]
    // the agent of another participle is not the event noun's (it read CONSULT 'talks' actor=Egypt)
    [InlineData("The talks, mediated by [Egypt|LOC] and [Qatar|LOC], collapsed on [Friday|DATE].", "")]
    // a place in a phrase of place is no antecedent of "which" (it read ASSAULT 'killed' actor=Damascus)
    [InlineData("[Kanaani|PERSON] condemned the strike on the consulate in [Damascus|LOC], which killed seven members of the [Revolutionary Guards|ORG].", "ACCUSE/asserted 'condemned' actor=Kanaani recipient=-")]
    // "they" stands for people or a body before a place (it read COERCE actor=Tehran)
    [InlineData("[Baghaei|PERSON] warned the [Europeans|NORP] in [Tehran|LOC]. The E3 said they will reimpose sanctions on [Iran|LOC].",
        "THREATEN/asserted 'warned' actor=Baghaei recipient=Europeans | THREATEN/anticipated 'reimpose sanctions' actor=Europeans recipient=Iran")]
    // in a passive without "by", where the one acted on was sent is no actor (it read COERCE actor=Russia)
    [InlineData("[Bolot Temirov|PERSON], who was deported to [Russia|LOC] in [2022|DATE], lives abroad.", "")]
    // to press ahead with something is no pressure on anyone (it read COERCE 'pressing')
    [InlineData("[Georgian Dream|ORG] is pressing ahead with a law on foreign agents despite warnings from [Brussels|LOC].", "")]
    // a ban's object is no act (it read PROTEST actor=Istanbul); a participle of speech after a comma ends the object's
    // search (it read REJECT recipient=Myanmar)
    [InlineData("Thousands gathered despite a ban on demonstrations imposed by the [Istanbul|LOC] governor's office.", "")]
    [InlineData("[Zaw Min Tun|PERSON] rejected the application, saying [Myanmar|LOC] was not a member.", "REJECT/asserted 'rejected' actor=Zaw Min Tun recipient=-")]
    // an agreement cited under its name is no new act (it read AGREE 'treaty' actor=EEU)
    [InlineData("[Armenia|LOC] has obligations under the [EEU|ORG] treaty.", "")]
    // … nor one under a deal named with another act's noun (it read AGREE 'deal' actor=Israel recipient=Qatar); the release
    // of people is one (session 31)
    [InlineData("[Israel|LOC] released 90 prisoners, the first exchange under a ceasefire deal brokered by [Qatar|LOC].", "RETREAT/asserted 'released' actor=Israel recipient=-")]
    // a claim to a place is no accusation
    [InlineData("[Beijing|LOC] claims [Taiwan|LOC] as its own territory.", "")]
    // … or to a share of one (it read ACCUSE recipient=South China Sea)
    [InlineData("[China|LOC], which claims most of the [South China Sea|LOC], did not comment.", "")]
    // to lead a body is an office, no mobilisation (it read MOBILIZE 'led' recipient=Rodrigo Duterte); leading forces
    // somewhere still moves them
    [InlineData("A court issued a warrant for [Ronald dela Rosa|PERSON], who led the national police during [Rodrigo Duterte|PERSON]'s drug war.", "")]
    // a country's council acts for it (there was no event)
    [InlineData("[Haiti|LOC]'s transitional council has asked the [United Nations|ORG] to turn the mission into a peacekeeping operation.",
        "REQUEST/asserted 'asked' actor=Haiti recipient=United Nations")]
    // … but a court's name before "in" is no court of the place (it read actor=Bishkek)
    [InlineData("On [May 21|DATE], the [Pervomaisky District Court|ORG] in [Bishkek|LOC] sentenced [Makhabat Tazhibek kyzy|PERSON] to six years in prison.",
        "COERCE/asserted 'sentenced' actor=Pervomaisky District Court recipient=Makhabat Tazhibek kyzy")]
    // a past form after "and" is no verb of the modal before it (it read REQUEST hypothetical)
    [InlineData("[Cyril Ramaphosa|PERSON] said [South Africa|LOC] would not be bullied and urged [Washington|LOC] to return to dialogue.",
        "REQUEST/asserted 'urged' actor=Cyril Ramaphosa recipient=Washington")]
    // a name after "and" with a verb of its own opens a clause, no object of the verb before (it read recipient=Israel)
    [InlineData("[Hamas|ORG] freed three hostages and [Israel|LOC] released 90 prisoners.", "RETREAT/asserted 'freed' actor=Hamas recipient=- | RETREAT/asserted 'released' actor=Israel recipient=-")]
    // … nor is it in the phrase of a date before "and" (it read actor=Israeli)
    [InlineData("[Hamas|ORG] freed three [Israeli|NORP] hostages on [Sunday|DATE] and [Israel|LOC] released 90 [Palestinian|NORP] prisoners.",
        "RETREAT/asserted 'freed' actor=Hamas recipient=Israeli | RETREAT/asserted 'released' actor=Israel recipient=Palestinian")]
    // after a verb of obtaining, "from" names the giver (it read SUPPORT actor=Milei recipient=IMF)
    [InlineData("[Javier Milei|PERSON] won backing from the [IMF|ORG] for a new loan.", "SUPPORT/asserted 'won' actor=IMF recipient=Javier Milei")]
    // what one cites is a reason (it read ASSAULT 'citing' actor=Siminalayi Fubara); the possessor of a passive's subject is
    // acted on (it read PROTEST 'provoked' actor=Lai)
    [InlineData("[Tinubu|PERSON] suspended its governor, [Siminalayi Fubara|PERSON], citing a political crisis and attacks on pipelines.", "")]
    [InlineData("[Lai|PERSON] said his government would not be provoked.", "")]
    [InlineData("\"He is stalling,\" [Zelenskiy|PERSON] said in his nightly video address, urging [Washington|LOC] to impose sanctions.",
        "REQUEST/asserted 'urging' actor=Zelenskiy recipient=Washington")]
    // an apposition may stand between the subject of a clause of "after" and its verb (there was no event)
    [InlineData("The talks came a week after [Uzbekneftegaz|ORG], the state energy company, signed a memorandum with [China National Petroleum Corporation|ORG].",
        "SUPPORT/asserted 'signed' actor=Uzbekneftegaz recipient=China National Petroleum Corporation")]
    // a body's name may open the title of the person received (there was no event); a reporting participle ends the
    // search for the reported clause's subject (it read AGREE actor=Kamchybek Tashiev)
    [InlineData("On [March 12|DATE], [Shavkat Mirziyoyev|PERSON] received [Gazprom|ORG] chief executive [Alexei Miller|PERSON] in [Tashkent|LOC].",
        "CONSULT/asserted 'received' actor=Shavkat Mirziyoyev recipient=Alexei Miller")]
    [InlineData("[Kamchybek Tashiev|PERSON] defended the measure, saying foreign-funded media sought to destabilize the country.", "")]
    // an act one feels about is another's (it read COERCE 'arrests' actor=US State Department)
    [InlineData("The [US State Department|ORG] said it was \"deeply concerned\" about the arrests.", "")]
    // two countries are countries (it read actor=Ethiopia recipient=African Union Commission)
    [InlineData("[Ethiopia|LOC] accused [Eritrea|LOC] of arming rebels. [Eritrea|LOC] denied it and said [Addis Ababa|LOC] wanted the port of [Assab|LOC]. " +
                "Landlocked [Ethiopia|LOC] needs the sea. The [African Union Commission|ORG] urged restraint. The two countries fought a border war from [1998|DATE] to [2000|DATE].",
        "ACCUSE/asserted 'accused' actor=Ethiopia recipient=Eritrea | REQUEST/asserted 'urged' actor=African Union Commission recipient=- | ASSAULT/asserted 'fought' actor=Eritrea recipient=Ethiopia")]
    // a name of an earlier sentence after a preposition, past a title and its modifiers, is no subject (it read "She" as Shinzo Abe)
    [InlineData("[Takaichi|PERSON], a protege of the late former prime minister [Shinzo Abe|PERSON], won 237 votes. She is expected to meet [Donald Trump|PERSON] next week.",
        "AGREE/anticipated 'meet' actor=Takaichi recipient=Donald Trump")]
    // to take or buy a stake seizes no one (it read COERCE 'takes' recipient=Pakistani); militants of a body act for it
    // (there was no event)
    [InlineData("[Saudi Arabia|LOC]'s [PIF|ORG] takes stake in [Pakistani|NORP] copper mine", "")]
    [InlineData("The [Public Investment Fund|ORG] bought a [15%|QUANTITY] stake in the [Pakistani|NORP] mine.", "")]
    [InlineData("Separatist militants of the [Balochistan Liberation Army|ORG] have attacked [Chinese|NORP] engineers in the province.",
        "ASSAULT/asserted 'attacked' actor=Balochistan Liberation Army recipient=Chinese")]
    // "would" reported after a verb of saying is a future, no condition (it read RETREAT hypothetical); with "if" it stays one
    [InlineData("His government announced that [Hungary|LOC] would withdraw from the [International Criminal Court|ORG].",
        "SANCTION/anticipated 'withdraw' actor=Hungary recipient=International Criminal Court")]
    [InlineData("[Araqchi|PERSON] said [Iran|LOC] would expel [IAEA|ORG] inspectors if the deal collapsed.",
        "COERCE/hypothetical 'expel' actor=Iran recipient=IAEA")]
    // the person in apposition to "the Emir of Qatar" is the one met (it read recipient=Qatar)
    [InlineData("[Serdar Berdimuhamedov|PERSON] met with the Emir of [Qatar|LOC], Sheikh [Tamim bin Hamad Al Thani|PERSON], in [Doha|LOC].",
        "CONSULT/asserted 'met with' actor=Serdar Berdimuhamedov recipient=Tamim bin Hamad Al Thani")]
    // an object pronoun stands for the person named before (there was no event)
    [InlineData("[El Aissami|PERSON] is being held in [Caracas|LOC] after [Venezuelan|NORP] authorities arrested him in [April 2024|DATE].",
        "COERCE/asserted 'arrested' actor=Venezuelan recipient=El Aissami")]
    // … not one named in a phrase of "including" (it read Murat Ongun)
    [InlineData("[Imamoglu|PERSON] was among 100 people held, including his aide [Murat Ongun|PERSON]. The [Istanbul|LOC] office accused him of taking bribes.",
        "ACCUSE/asserted 'accused' actor=Istanbul recipient=Imamoglu")]
    // an aside after a name's acronym in parentheses is passed over (it read actor=Moscow)
    [InlineData("The [Collective Security Treaty Organization|ORG] ([CSTO|ORG]), a [Moscow|LOC]-led military alliance, has offered to send observers to [Kyrgyzstan|LOC].",
        "AGREE/asserted 'offered to send' actor=Collective Security Treaty Organization recipient=Kyrgyzstan")]
    // a clause of comparison reports no act (it read REQUEST 'needed' actor=Merz recipient=Julia Kloeckner)
    [InlineData("[Merz|PERSON] received 325 votes, nine more than he needed, parliament speaker [Julia Kloeckner|PERSON] announced.", "")]
    // a participle joined to a passive one is passive too (it read COOPERATE 'extradited' actor=Dmitry S. recipient=Aleksander K.);
    // the detention is the state's where it happened
    [InlineData("The suspects, [Aleksander K.|PERSON] and [Dmitry S.|PERSON], were detained in [Lithuania|LOC] and extradited to [Poland|LOC].",
        "COERCE/asserted 'detained' actor=Lithuania recipient=Dmitry S.")]
    // a strike that lasts weeks is a stoppage of work (it read ASSAULT)
    [InlineData("[Boeing|ORG]'s factory workers voted to accept a new contract and end a seven-week strike that halted production.",
        "AGREE/asserted 'voted to accept' actor=Boeing recipient=- | PROTEST/asserted 'strike' actor=Boeing recipient=-")]
    // an aside with a year before its event noun is still an aside (it read THREATEN actor=European: "2015 deal" was a verb)
    [InlineData("[Britain|LOC], [France|LOC] and [Germany|LOC], the [European|NORP] parties to the 2015 deal, warned [Tehran|LOC] in a letter.",
        "THREATEN/asserted 'warned' actor=Germany recipient=Tehran | THREATEN/asserted 'warned' actor=France recipient=Tehran | THREATEN/asserted 'warned' actor=Britain recipient=Tehran")]
    // an assault verb with no other sense needs no named target, and "when" ends the phrase of "in September"
    [InlineData("The talks collapsed in [September|DATE] when the [ELN|ORG] bombed a military base.", "ASSAULT/asserted 'bombed' actor=ELN recipient=-")]
    // an event noun before a party's noun describes the party (it read AGREE 'treaty' actor=United States)
    [InlineData("The [United States|LOC], a treaty ally of the [Philippines|LOC], condemned [China|LOC]'s actions.", "ACCUSE/asserted 'condemned' actor=United States recipient=China")]
    // the object of a gerund is no act of its subject (it read PROTEST actor=Russia), unless the gerund stages it
    [InlineData("[Moldova|LOC] accused [Russia|LOC] of funding protests before the vote.", "ACCUSE/asserted 'accused' actor=Moldova recipient=Russia")]
    [InlineData("[Moldova|LOC] accused [Russia|LOC] of organising protests.", "ACCUSE/asserted 'accused' actor=Moldova recipient=Russia | PROTEST/asserted 'protests' actor=Russia recipient=-")]
    // … and when the accused is no name, the protests are nobody's here (it read PROTEST actor=Aleksandar Vucic)
    [InlineData("President [Aleksandar Vucic|PERSON] accused foreign intelligence services of organising the protests.", "ACCUSE/asserted 'accused' actor=Aleksandar Vucic recipient=-")]
    // "taking part in" joins the act to the accused as a gerund does (it read the accuser's attacks)
    [InlineData("[Human Rights Watch|ORG] accused [Kyrgyz|NORP] security forces of taking part in attacks on [Uzbek|NORP] neighborhoods.",
        "ACCUSE/asserted 'accused' actor=Human Rights Watch recipient=Kyrgyz | ASSAULT/asserted 'attacks' actor=Kyrgyz recipient=Uzbek")]
    // "which" with a subject of its own after it is the relative clause's object (it read ACCUSE actor=Gao)
    [InlineData("Attacks near [Kidal|LOC] and [Gao|LOC], which the junta blamed on the [CSP|ORG], continued.", "")]
    // a possessor before a title describes the person named after it (it read recipient=Burkina Faso)
    [InlineData("[Assimi Goita|PERSON] met [Burkina Faso|LOC]'s leader Captain [Ibrahim Traore|PERSON] in [Niamey|LOC].", "CONSULT/asserted 'met' actor=Assimi Goita recipient=Ibrahim Traore")]
    // a bare infinitive after "let" is its object's act (it read RETREAT actor=Iran recipient=Fordow)
    [InlineData("[Iran|LOC] will let inspectors of the [IAEA|ORG] return to [Fordow|LOC].", "")]
    // (to let them is what is agreed to: an intent, AGREE)
    [InlineData("[Iran|LOC] agreed to let inspectors of the [International Atomic Energy Agency|ORG] ([IAEA|ORG]) return to [Fordow|LOC].",
        "AGREE/asserted 'agreed to let' actor=Iran recipient=International Atomic Energy Agency")]
    // a party's role names no act ("parties to the deal" read AGREE actor=European)
    [InlineData("The [European|NORP] parties to the deal met.", "")]
    // the possessor of a body before "and" is the other party (it read no recipient)
    [InlineData("[Colombia|LOC]'s government and the [National Liberation Army|ORG] resumed peace negotiations.",
        "CONSULT/asserted 'resumed' actor=National Liberation Army recipient=Colombia")]
    // after "accused of", the charge names no accuser (it read actor=RSF)
    [InlineData("The [United Arab Emirates|LOC] has been accused of arming the [RSF|ORG].", "")]
    // … nor what follows "for" and a gerund (it read COERCE 'penalised' actor=Facebook recipient=Meta)
    [InlineData("[Meta|ORG] was penalized for misusing the data of [Facebook|ORG] users.", "")]
    // support with an object is not mutual (it read SUPPORT actor=Saudi Arabia recipient=Egypt); a meeting is
    [InlineData("[Egypt|LOC] and [Saudi Arabia|LOC] have backed the army.", "")]
    [InlineData("[Egypt|LOC] and [Saudi Arabia|LOC] met in [Cairo|LOC].", "CONSULT/asserted 'met' actor=Saudi Arabia recipient=Egypt")]
    // the agent after "by" is the name a nationality describes (it read actor=Chinese)
    [InlineData("The deal was signed during a visit by [Chinese|NORP] Premier [Li Qiang|PERSON].", "CONSULT/asserted 'visit' actor=Li Qiang recipient=-")]
    // a promise's clause names what is promised, not to whom (it read recipient=China)
    [InlineData("[Li|PERSON] pledged that [China|LOC] would increase imports.", "")]
    // launching weapons is an assault, "at" its target (it read nothing, or location=Ukraine)
    [InlineData("[Russia|LOC] launched 65 [drones|WEAPON] at [Ukraine|LOC] overnight.", "ASSAULT/asserted 'launched' actor=Russia recipient=Ukraine")]
    // the object of a verb that is no event, or of "against", is no act of the subject (they read ASSAULT actor=Poland,
    // THREATEN actor=Mark Rutte)
    [InlineData("[Poland|LOC] had detected more than 400 cyber attacks on critical infrastructure.", "")]
    [InlineData("[NATO|ORG] will strengthen its defences against hybrid threats.", "")]
    // a newsroom's formula is no request (it read REQUEST actor=Russia)
    [InlineData("[Russia|LOC]'s embassy did not respond to a request for comment.", "")]
    // a participle of suspicion after a plain noun describes it (it read ACCUSE actor=ABW recipient=Russian)
    [InlineData("The [ABW|ORG] arrested two men suspected of spying for [Russia|LOC].", "COERCE/asserted 'arrested' actor=ABW recipient=-")]
    // a participle followed by its agent: the agent acts (it read actor=Taliban); mediation needs no party named
    [InlineData("The [Taliban|ORG] welcomed the talks in [Doha|LOC] mediated by [Qatar|LOC].", "CONSULT/asserted 'mediated' actor=Qatar recipient=-")]
    // to link is to associate (it read COOPERATE actor=Western recipient=GRU)
    [InlineData("He blamed Sandworm, which [Western|NORP] governments have linked to the [GRU|ORG].", "")]
    // residents act for their place; a verb's pattern noun names the target after it (it read no recipient)
    [InlineData("Residents of the [Batken|LOC] region protested the terms.", "PROTEST/asserted 'protested' actor=Batken recipient=-")]
    [InlineData("[Pakistan|LOC] carried out air strikes on [Kabul|LOC].", "ASSAULT/asserted 'carried out air strikes' actor=Pakistan recipient=Kabul")]
    // to call something a name is no call (it read CONSULT actor=Gary Nagle recipient=Kazakhstan)
    [InlineData("[Gary Nagle|PERSON] called [Kazakhstan|LOC] \"one of the most promising copper jurisdictions\".", "")]
    // to consider something a thing is no consultation (it read CONSULT actor=Turkey recipient=SDF)
    [InlineData("[Turkey|LOC] considers the [SDF|ORG] an offshoot of the [PKK|ORG].", "")]
    [InlineData("[Moscow|LOC] regards [NATO|ORG] as its main adversary.", "")]
    // to mean is to intend only before an infinitive (it read AGREE actor=BRICS); hosting arms or a base meets no one
    [InlineData("Joining [BRICS|ORG] did not mean [Indonesia|LOC] was aligning itself with any bloc.", "")]
    [InlineData("[Belarus|LOC] hosts [Russian|NORP] [Oreshnik missiles|WEAPON].", "")]
    [InlineData("[Tajikistan|LOC] hosts a [Russian|NORP] military base.", "")]
    // "after" before a clause's own subject opens it (it read ASSAULT actor=Pakistani)
    [InlineData("[India|LOC] expelled [Pakistani|NORP] military advisers a day after gunmen killed 26 tourists.", "COERCE/asserted 'expelled' actor=India recipient=Pakistani")]
    // an event after a preposition of time or circumstance is another act (it read PROTEST actor=Georgia)
    [InlineData("[Georgia|LOC] suspended talks with [Brussels|LOC] amid protests.", "SANCTION/asserted 'suspended talks' actor=Georgia recipient=Brussels")]
    // a participle of giving after an object noun describes it (it read COOPERATE actor=India recipient=Pakistani)
    [InlineData("[India|LOC] decided to cancel visas issued to [Pakistani|NORP] nationals.", "AGREE/asserted 'decided to cancel' actor=India recipient=Pakistani")]
    // a place that is no state names where the act happens, not who acts (it read AGREE actor=Gaza); a state acts
    [InlineData("Talks on a [Gaza|LOC] ceasefire resumed.", "")]
    [InlineData("New [Russia|LOC] strikes on [Kyiv|LOC] killed ten.", "ASSAULT/asserted 'strikes' actor=Russia recipient=Kyiv")]
    // a phrase of time ends at its comma: the name after it is the subject (it read no event)
    [InlineData("In [2024|DATE], [Uzbekistan|LOC] signed agreements with the [Taliban|ORG].", "SUPPORT/asserted 'signed agreements' actor=Uzbekistan recipient=Taliban")]
    // a city before an agreement names it: no party, no actor (it read CONSULT recipient=Pretoria and AGREE actor=Pretoria)
    [InlineData("The [African Union|ORG] brokered the [Pretoria|LOC] agreement that ended the war.", "")]
    [InlineData("The [Minsk|LOC] agreements collapsed in [2022|DATE].", "")]
    // the one told is no subject of the visit (it read actor=BelTA)
    [InlineData("[Lukashenko|PERSON] told state news agency [BelTA|ORG] during a visit to [Asipovichy|LOC].", "CONSULT/asserted 'visit' actor=Lukashenko recipient=Asipovichy")]
    // … but a name after "that" opens the reported clause and acts in it
    [InlineData("[Shigeru Ishiba|PERSON] told reporters that [Tokyo|LOC] had lodged a protest with [Pyongyang|LOC].", "ACCUSE/asserted 'lodged a protest' actor=Tokyo recipient=Pyongyang")]
    // a relative clause between commas before the verb phrase is passed over (it read actor=Sovereignty Council; the
    // second, a guard, has its verb right after the clause, and the one accused is who "which" stands for)
    [InlineData("Army chief [Abdel Fattah al-Burhan|PERSON], who heads the [Sovereignty Council|ORG], has vowed to defeat the [RSF|ORG].",
        "THREATEN/anticipated 'defeat' actor=Abdel Fattah al-Burhan recipient=RSF")]
    [InlineData("[Egypt|LOC], which [Khartoum|LOC] accuses of arming the [RSF|ORG], has urged [Sudan|LOC] to talk.",
        "ACCUSE/asserted 'accuses' actor=Khartoum recipient=Egypt | REQUEST/asserted 'urged' actor=Egypt recipient=Sudan")]
    // the month of May is no modal (it read hypothetical)
    [InlineData("On [May 21|DATE], the [Pervomaisky District Court|ORG] sentenced [Makhabat Tazhibek kyzy|PERSON] to six years in prison.",
        "COERCE/asserted 'sentenced' actor=Pervomaisky District Court recipient=Makhabat Tazhibek kyzy")]
    // an article does not count towards a negation's reach (it read asserted)
    [InlineData("[Russia|LOC], which has long acted as a mediator, was not involved in the talks.", "CONSULT/negated 'talks' actor=Russia recipient=-")]
    // "call on" controls its object (it read PROTEST actor=Salome Zourabichvili)
    [InlineData("[Salome Zourabichvili|PERSON] called on [Georgians|NORP] to protest outside parliament.", "REQUEST/asserted 'called' actor=Salome Zourabichvili recipient=Georgians")]
    // a route or a channel is no party (it read recipient=Central Asia, recipient=Eurasian Development Bank)
    [InlineData("The [Kremlin|ORG] has offered technical assistance through the [Eurasian Development Bank|ORG].", "")]
    // a reported clause's subject comes after the present "say" too (it read ASSAULT actor=Azerbaijani recipient=Russian)
    // (since session 26 "was hit" is passive, the missile's people its doer)
    [InlineData("[Azerbaijani|NORP] officials say the plane was hit by a [Russian|NORP] [missile|WEAPON] over [Grozny|LOC].", "ASSAULT/asserted 'hit' actor=Russian recipient=-")]
    // an act's noun before a noun of craft names their kind (it read MOBILIZE 'patrol' actor=Vietnam)
    [InlineData("[Vietnam|LOC] bought radar systems from [Israel|LOC] and patrol boats from the [United States|LOC].", "COOPERATE/asserted 'bought' actor=Vietnam recipient=Israel")]
    // … but after its subject, or as an infinitive, it is the act (guards; the seed's "deal to procure helicopters" had
    // lost its action in a first form)
    [InlineData("The [Houthis|ORG] attack ships of [Israel|LOC] in the [Red Sea|LOC].", "ASSAULT/asserted 'attack' actor=Houthis recipient=Israel")]
    // "and" + another verb phrase has a "with" of its own (it read recipient=Washington)
    [InlineData("[Hanoi|LOC] hosted [US|LOC] President [Joe Biden|PERSON] in [September 2023|DATE] and upgraded relations with [Washington|LOC].",
        "CONSULT/asserted 'hosted' actor=Hanoi recipient=Joe Biden")]
    // ", as" opens a clause with its own subject (it read PROTEST actor=Serbian), a crowd's protest with no actor
    [InlineData("[Serbian|NORP] lawmakers rejected the motion on [Thursday|DATE], as tens of thousands of students marched through [Belgrade|LOC].",
        "REJECT/asserted 'rejected' actor=Serbian recipient=- | PROTEST/asserted 'marched' actor=- recipient=-")]
    // an exchange of attacks is an assault between the two (it read COOPERATE 'traded')
    [InlineData("[Pakistan|LOC] and [India|LOC] traded strikes on [Wednesday|DATE].", "ASSAULT/asserted 'traded' actor=India recipient=Pakistan | ASSAULT/asserted 'traded' actor=Pakistan recipient=India")]
    [InlineData("[Armenia|LOC] and [Azerbaijan|LOC] exchanged heavy fire near the border.", "ASSAULT/asserted 'exchanged' actor=Azerbaijan recipient=Armenia | ASSAULT/asserted 'exchanged' actor=Armenia recipient=Azerbaijan")]
    // a state's or a body's officer named by title alone acts for it, as CAMEO codes it (it read no event)
    [InlineData("[Russia|LOC]'s foreign minister urged [Ukraine|LOC] to respond to the proposals.", "REQUEST/asserted 'urged' actor=Russia recipient=Ukraine")]
    [InlineData("The head of the [IAEA|ORG] urged [Iran|LOC] to let inspectors back.", "REQUEST/asserted 'urged' actor=IAEA recipient=Iran")]
    // … not a person's: "Putin's spokesman" is no act of Putin's
    [InlineData("[Putin|PERSON]'s spokesman urged [Ukraine|LOC] to respond to the proposals.", "")]
    // a clause of "before" has parties of its own (it read ASSAULT actor=Mohamud recipient=African Union)
    [InlineData("[Mohamud|PERSON] vowed to defeat the insurgents before [African Union|ORG] troops leave the country.", "THREATEN/anticipated 'defeat' actor=Mohamud recipient=-")]
    // a name in apposition to the subject is the one acted on (it read no event: the comma kept the passive's subject indirect)
    [InlineData("The party's founder, the billionaire [Bidzina Ivanishvili|PERSON], was sanctioned by the [United States|LOC] in [December|DATE].",
        "COERCE/asserted 'sanctioned' actor=United States recipient=Bidzina Ivanishvili")]
    // to receive a person is to host a visit (it read no event: the dictionary codes "receive" only through its patterns)
    [InlineData("[Gurbanguly Berdimuhamedov|PERSON] received [Russian|NORP] Prime Minister [Mikhail Mishustin|PERSON] in [Ashgabat|LOC].",
        "CONSULT/asserted 'received' actor=Gurbanguly Berdimuhamedov recipient=Mikhail Mishustin")]
    // "between" past a date and titles, and a body's officer by his title (it read no event)
    [InlineData("It follows a meeting [last week|DATE] between President [Donald Trump|PERSON] and [Nvidia|ORG] chief executive [Jensen Huang|PERSON].",
        "CONSULT/asserted 'meeting' actor=Donald Trump recipient=Jensen Huang")]
    // the act named as a controlled infinitive's object is the controlled party's (it read SANCTION actor=Taliban)
    [InlineData("The [Taliban|ORG] government has called on [Tehran|LOC] to slow the expulsions.", "REQUEST/asserted 'called' actor=Taliban recipient=Tehran | SANCTION/asserted 'expulsions' actor=Tehran recipient=-")]
    // two persons joined by "and" are what "their" stands for (it read the meeting's actor as Chile, the last list of states),
    // both of them the meeting's parties (session 29: the recipient was lost)
    [InlineData("[Chile|LOC] and [Argentina|LOC] signed a pact. [Gabriel Boric|PERSON] and his [Argentine|NORP] counterpart [Javier Milei|PERSON] dined in [Santiago|LOC], their first meeting.",
        "SUPPORT/asserted 'signed' actor=Argentina recipient=Chile | CONSULT/asserted 'meeting' actor=Javier Milei recipient=Gabriel Boric")]
    // "the two leaders" are the two persons joined as one subject, not the last two named (it read Aliyev and Trump)
    [InlineData("[Nikol Pashinyan|PERSON] and [Azerbaijani|NORP] President [Ilham Aliyev|PERSON] initialled the text, with President [Donald Trump|PERSON] as host. The two leaders also agreed on a transit corridor.",
        "SUPPORT/asserted 'agreed' actor=Nikol Pashinyan recipient=Ilham Aliyev")]
    // … nor the one who reports what they will do (it read Trump and Kihara)
    [InlineData("[Sanae Takaichi|PERSON] will host [Donald Trump|PERSON] in [Tokyo|LOC]. [Minoru Kihara|PERSON] told reporters that the two leaders would discuss the alliance.",
        "AGREE/anticipated 'host' actor=Sanae Takaichi recipient=Donald Trump | AGREE/anticipated 'discuss' actor=Sanae Takaichi recipient=Donald Trump")]
    // an act named after "from" or "out of" is one left, not made (it read AGREE 'treaty' actor=Russia)
    [InlineData("[Russia|LOC] withdrew from the treaty in [2023|DATE].", "")]
    [InlineData("[Armenia|LOC]'s delegation walked out of the talks.", "")]
    // a clause of "that" in the indicative states a fact, in the subjunctive makes a demand (it read REQUEST for both)
    [InlineData("[Moscow|LOC] insisted that [Chisinau|LOC] wanted a war.", "")]
    [InlineData("[Moscow|LOC] insisted that [Chisinau|LOC] withdraw its police.", "REQUEST/asserted 'insisted' actor=Moscow recipient=Chisinau")]
    // what a naming verb calls its object is a word for it, no act (it read ASSAULT 'kidnapping' actor=Yvan Gil) …
    [InlineData("[Yvan Gil|PERSON] called the deportations \"kidnapping\".", "")]
    // … but a call for an act is none of that: an appeal, though no one is named to heed it (it read AGREE 'ceasefire'
    // between the two), each its own (session 29)
    [InlineData("[Egypt|LOC] and the [United Arab Emirates|LOC] have called for a ceasefire.", "REQUEST/asserted 'called' actor=United Arab Emirates recipient=- | REQUEST/asserted 'called' actor=Egypt recipient=-")]
    // saying that a party must act demands it of that party (it read no event)
    [InlineData("[Russia|LOC] said on [Tuesday|DATE] that [Sudan|LOC] must hand over the crew.", "REQUEST/asserted 'said' actor=Russia recipient=Sudan")]
    [InlineData("The [Red Cross|ORG] said [US|LOC] and [British|NORP] forces must protect civilians.", "REQUEST/asserted 'said' actor=Red Cross recipient=US")]
    // … not what a party says it must do itself, nor a plain statement
    [InlineData("[Russia|LOC] said on [Tuesday|DATE] that [Sudan|LOC] had won.", "")]
    // "take part" is an idiom of "take" alone (the block's pattern read "captured part of" as AGREE)
    [InlineData("[Burmese|NORP] troops captured part of a [Karen|NORP] stronghold.", "COERCE/asserted 'captured' actor=Burmese recipient=Karen")]
    // a visit's "for" needs a name after it (the block's pattern read "ruled Serbia for more than a decade" as a visit)
    [InlineData("[Aleksandar Vucic|PERSON] has ruled [Serbia|LOC] for more than a decade.", "")]
    [InlineData("[Sergei Lavrov|PERSON] left for [Beijing|LOC] on [Monday|DATE].", "CONSULT/asserted 'left' actor=Sergei Lavrov recipient=Beijing")]
    // an act one avoided did not take place (it read ACCUSE asserted)
    [InlineData("[Mirziyoyev|PERSON] has avoided open criticism of the [Kremlin|ORG].", "ACCUSE/negated 'criticism' actor=Mirziyoyev recipient=-")]
    // "between" a list of three: the first two (it read no event)
    [InlineData("Talks between [Egypt|LOC], [Sudan|LOC] and [Ethiopia|LOC] collapsed in [2023|DATE].", "CONSULT/asserted 'Talks' actor=Egypt recipient=Sudan")]
    // "the two sides" with a state named between the two persons of the sentence are those persons (it read no event) …
    [InlineData("[Shavkat Mirziyoyev|PERSON] hosted a delegation from the [United Arab Emirates|LOC] led by [Tahnoun bin Zayed|PERSON], where the two sides signed agreements.",
        "CONSULT/asserted 'hosted' actor=Shavkat Mirziyoyev recipient=United Arab Emirates | SUPPORT/asserted 'signed' actor=Shavkat Mirziyoyev recipient=Tahnoun bin Zayed")]
    // … not a person of the sentence before
    [InlineData("The talks were the first since [Donald Trump|PERSON] returned. [Abbas Araqchi|PERSON] told [Iran|LOC]'s media that both sides had agreed to meet again.", "")]
    // the party a committed act is aimed at is the other party, before the co-subject (it read recipient=Nvidia)
    [InlineData("[Nvidia|ORG] and [Advanced Micro Devices|ORG] have agreed to pay the [U.S.|LOC] government a share.",
        "AGREE/asserted 'agreed to pay' actor=Advanced Micro Devices recipient=U.S.")]
    // to face a thing is to meet no one (it read CONSULT 'Faces' with Gazprom)
    [InlineData("[Transnistria|LOC] Faces Energy Crisis After [Gazprom|ORG] Halts Supplies", "")]
    // after a name's possessive a noun phrase begins (it read AGREE 'state' through "state … agreed", the verb's pattern)
    [InlineData("[Azerbaijan|LOC]'s state company [SOCAR|ORG] agreed to handle the oil.", "AGREE/asserted 'agreed to handle' actor=SOCAR recipient=-")]
    // to call a pronoun a name is no call (it read CONSULT 'calling' with the place inside the quotation); a ministry's
    // protest is a complaint lodged since session 30
    [InlineData("The [Foreign Ministry|ORG] protested the strike, calling it \"an act of aggression against the [Republic of Kazakhstan|LOC]\".",
        "ACCUSE/asserted 'protested' actor=Foreign Ministry recipient=-")]
    // the counterparts' name in apposition, past a title, is the party (it read recipient=Philippine)
    [InlineData("[Minoru Kihara|PERSON] signed the pact with his [Philippine|NORP] counterparts, Defense Secretary [Gilberto Teodoro|PERSON] and Foreign Secretary [Enrique Manalo|PERSON].",
        "SUPPORT/asserted 'signed the pact' actor=Minoru Kihara recipient=Gilberto Teodoro")]
    // to leave a body meets no one (it read CONSULT 'left' with ECOWAS): it withdraws from the body, PLOVER's SANCTION "withdraw"
    [InlineData("[Mali|LOC], [Burkina Faso|LOC] and [Niger|LOC] left [ECOWAS|ORG] in [January|DATE].",
        "SANCTION/asserted 'left' actor=Niger recipient=ECOWAS | SANCTION/asserted 'left' actor=Burkina Faso recipient=ECOWAS | SANCTION/asserted 'left' actor=Mali recipient=ECOWAS")]
    // an acronym in parentheses after the first verb's object is part of it; the second verb shares the subject (it read
    // actor=Economic Community of West African States)
    [InlineData("[Niger|LOC] left the [Economic Community of West African States|ORG] ([ECOWAS|ORG]) in [January|DATE] and formed the [Alliance of Sahel States|ORG].",
        "SANCTION/asserted 'left' actor=Niger recipient=Economic Community of West African States | SUPPORT/asserted 'formed' actor=Niger recipient=Alliance of Sahel States")]
    // an infinitive of purpose after an object with a name in apposition is the subject's (it read the ambassador protesting)
    [InlineData("[Sirojiddin Muhriddin|PERSON] summoned the [Russian|NORP] ambassador, [Semyon Grigoryev|PERSON], to protest the detention of [Tajik|NORP] migrants.",
        "CONSULT/asserted 'summoned' actor=Sirojiddin Muhriddin recipient=Semyon Grigoryev | SUPPORT/asserted 'protest' actor=Sirojiddin Muhriddin recipient=Tajik")]
    // … and past the possessor of the object (it read the ambassador protesting)
    [InlineData("[Jeyhun Bayramov|PERSON] summoned [Russia|LOC]'s ambassador, [Mikhail Yevdokimov|PERSON], to protest the deaths.",
        "CONSULT/asserted 'summoned' actor=Jeyhun Bayramov recipient=Mikhail Yevdokimov | PROTEST/asserted 'protest' actor=Jeyhun Bayramov recipient=-")]
    // a past participle and its agent after a noun make a clause of their own (it read recipient=Britain) …
    [InlineData("The [United Nations|ORG] reimposed sanctions on the country under the mechanism triggered by [Britain|LOC] and [France|LOC].",
        "COERCE/asserted 'reimposed' actor=United Nations recipient=-")]
    // … but the agent of a wrongdoing is the one an inquiry is aimed at
    [InlineData("[Serbia|LOC] launched an investigation into crimes committed by [Croat forces|ORG].",
        "ACCUSE/asserted 'launched' actor=Serbia recipient=Croat forces")]
    // to engage with a party is to deal with it, and an infinitive opening a quotation completes the verb before it (it
    // read ASSAULT 'engage' Tehran → Washington); to call a thing an adjective is no call (it read CONSULT 'called')
    [InlineData("The [U.S. State Department|ORG] urged [Tehran|LOC] to \"engage directly\" with [Washington|LOC].",
        "REQUEST/asserted 'urged' actor=U.S. State Department recipient=Tehran")]
    [InlineData("[Iran|LOC] engaged with [Oman|LOC] on the proposal.", "CONSULT/asserted 'engaged' actor=Iran recipient=Oman")]
    [InlineData("[Russia|LOC] and [China|LOC], which opposed the snapback, called the sanctions illegal.", "")]
    // an adverb may split the infinitive an agreement commits to, and a place after a preposition there is no party in the
    // co-subject's stead (it read SUPPORT 'agreed', then recipient=Zarafshan River)
    [InlineData("[Shavkat Mirziyoyev|PERSON] and [Emomali Rahmon|PERSON] agreed to jointly build two plants on the [Zarafshan River|LOC].",
        "AGREE/asserted 'agreed to jointly build' actor=Emomali Rahmon recipient=Shavkat Mirziyoyev")]
    // a charge's gerund has parties of its own (it read actor=European Parliament for the verdict)
    [InlineData("[Le Pen|PERSON] was found guilty in March of misusing [European Parliament|ORG] funds.", "")]
    // after "a" or "an" and a name a base form is a noun, and a vetoed or blocked act did not take place (it read COOPERATE
    // 'aid' by the EU, asserted); a veto of a measure is CAMEO's veto, a rejection (it read the dictionary's prohibition)
    [InlineData("[Hungary|LOC] vetoed an [EU|ORG] aid package for [Ukraine|LOC].", "REJECT/asserted 'vetoed' actor=Hungary recipient=EU")]
    [InlineData("[Hungary|LOC] on [Thursday|DATE] vetoed a [50 billion euro|MONEY] [EU|ORG] aid package for [Ukraine|LOC].", "REJECT/asserted 'vetoed' actor=Hungary recipient=EU")]
    // another's accusation, rejected, was still made; "it" is not the country describing the accuser; to fail to act
    // rejects no one (it read the accusation negated, REJECT 'failing', and the U.S. failing to protect)
    [InlineData("[Nigeria|LOC] rejected [U.S.|LOC] President [Donald Trump|PERSON]'s accusation that it was failing to protect [Christians|NORP].",
        "REJECT/asserted 'rejected' actor=Nigeria recipient=Donald Trump | ACCUSE/asserted 'accusation' actor=Donald Trump recipient=- | AID/negated 'protect' actor=Nigeria recipient=Christians")]
    // what one wants another to do is no act of either, though an adverb splits the infinitive (it read COERCE 'remove')
    [InlineData("[Azerbaijan|LOC] wants [Armenia|LOC] to first remove a reference to [Nagorno-Karabakh|LOC] from its constitution.", "")]
    // an event noun before a title names the office's field (it read COERCE 'sanctions' by the EU)
    [InlineData("The [EU|ORG]'s sanctions envoy, [David O'Sullivan|PERSON], visited [Bishkek|LOC].",
        "CONSULT/asserted 'visited' actor=David O'Sullivan recipient=Bishkek")]
    // hosting talks between two is mediating them, intended only when the status says so (it read AGREE 'hosted talks')
    [InlineData("[Turkey|LOC] hosted talks between [Russia|LOC] and [Ukraine|LOC] in [Istanbul|LOC].",
        "CONSULT/asserted 'hosted talks' actor=Turkey recipient=Russia")]
    // a second infinitive after "and" has its own object (it read recipient=Bolivia for the deportations)
    [InlineData("[Kast|PERSON] promised to deport undocumented migrants and build a trench along the border with [Bolivia|LOC].",
        "THREATEN/anticipated 'promised to deport' actor=Kast recipient=-")]
    // a clause of "after" with a name and its verb has parties of its own (it read SANCTION 'shelved' on Lavrov)
    [InlineData("The [White House|ORG] had shelved the plan after [Lavrov|PERSON] insisted on its terms.", "")]
    // the subject of a passive of harm before "in" is the one the act hit, not its actor (it read ASSAULT by the Chinese workers)
    [InlineData("[Chinese|NORP] workers were killed in a [drone|WEAPON] attack launched from [Afghan|NORP] territory.", "")]
    // talks with a counterpart are with the name in apposition, past a rank (it read recipient=Tajik)
    [InlineData("[Andrei Belousov|PERSON] arrived in [Dushanbe|LOC] for talks with his [Tajik|NORP] counterpart, Colonel General [Sherali Mirzo|PERSON].",
        "CONSULT/asserted 'arrived in Dushanbe for talks' actor=Andrei Belousov recipient=Sherali Mirzo")]
    // circumstances after "amid" have parties of their own (it read recipient=Afghan)
    [InlineData("[Russia|LOC] Expands Military Presence in [Tajikistan|LOC] Amid [Afghan|NORP] Border Tensions", "MOBILIZE/asserted 'Expands' actor=Russia recipient=-")]
    // a plural counted by a number is a noun (it read AGREE 'votes'); to press one's case asks nothing (it read REQUEST 'press')
    [InlineData("[Latvia|LOC] won the [Eastern European|NORP] seat with 178 votes, becoming the first [Baltic|NORP] state on the council.", "")]
    [InlineData("[Moscow|LOC] has used such incidents to press its case for a greater role in [Central Asian|NORP] security.", "")]
    // a body before a portfolio's words and a title names the person after it, who is met (it read recipient=EU)
    [InlineData("[Vucic|PERSON] met [EU|ORG] enlargement commissioner [Marta Kos|PERSON] in [Brussels|LOC].",
        "CONSULT/asserted 'met' actor=Vucic recipient=Marta Kos")]
    // a demand for goods is a market's (it read REQUEST 'demand' by Samsung); to catch up with a rival or dominate a market
    // is no force (it read COERCE 'catch' and ASSAULT 'dominates')
    [InlineData("[China|LOC]'s demand for [Australian|NORP] coal fell in [March|DATE].", "")]
    [InlineData("[Samsung|ORG] Posts Record Revenue on AI Chip Demand", "")]
    [InlineData("[Samsung|ORG] has struggled to catch up with local rival [SK Hynix|ORG], which dominates the market for memory chips.", "")]
    // to suspend or freeze a relation is to reduce relations (there was no event)
    [InlineData("[Iran|LOC] said it had suspended cooperation with the [International Atomic Energy Agency|ORG].",
        "SANCTION/asserted 'suspended' actor=Iran recipient=International Atomic Energy Agency")]
    [InlineData("[Niger|LOC] froze diplomatic ties with [France|LOC].", "SANCTION/asserted 'froze' actor=Niger recipient=France")]
    // an event attended after "and" is not attended with the first verb's partner (it read CONSULT 'attended' with him)
    [InlineData("[Shavkat Mirziyoyev|PERSON] met with [Mohammed bin Salman|PERSON] and attended the investment forum.",
        "CONSULT/asserted 'met with' actor=Shavkat Mirziyoyev recipient=Mohammed bin Salman")]
    // a country before a description and a company's name describes the company (it read recipient=U.S.)
    [InlineData("[Anglo American|ORG] agreed to sell its coal business to [U.S.|LOC] miner [Peabody Energy|ORG].",
        "AGREE/asserted 'agreed to sell' actor=Anglo American recipient=Peabody Energy")]
    // to dismiss a person is to remove an official, no disapproval (it read ACCUSE 'dismissed' Japarov → Tashiev)
    [InlineData("[Kamchybek Tashiev|PERSON] was dismissed by [Sadyr Japarov|PERSON] in [February|DATE].", "")]
    // to struggle to do something is to try hard (it read ASSAULT 'Struggles' on the migrants)
    [InlineData("[Moscow|LOC] struggles to keep [Central Asian|NORP] migrants.", "")]
    // a right names what may be done, no act (it read PROTEST 'protest' by the commissioner's people)
    [InlineData("[European|NORP] Commissioner [Marta Kos|PERSON] called on [Belgrade|LOC] to respect the right to peaceful protest.",
        "REQUEST/asserted 'called' actor=Marta Kos recipient=Belgrade")]
    // a possessive in the opening phrase looks ahead to the subject after its comma (there was no event: no one before it)
    [InlineData("During his visit to [Abu Dhabi|LOC], [Uzbek|NORP] President [Shavkat Mirziyoyev|PERSON] secured pledges of investment.",
        "CONSULT/asserted 'visit' actor=Shavkat Mirziyoyev recipient=Abu Dhabi")]
    // the reporting clause right after a verb names no party to it (it read REQUEST 'needed' Oyun-Erdene → the speaker)
    [InlineData("Only 44 lawmakers backed the motion, short of the 64 votes [Oyun-Erdene|PERSON] needed, parliament speaker [Dashzegviin Amarbayasgalan|PERSON] said.", "")]
    // nor is struggling with something (it read ASSAULT 'struggled' by Kazakhstan)
    [InlineData("[Kazakhstan|LOC], which relies on coal, has struggled with ageing [Soviet|NORP]-era infrastructure.", "")]
    // the host of a visit is the place after the pattern's "for", not the place left (it read recipient=Moscow)
    [InlineData("[Vladimir Putin|PERSON] left [Moscow|LOC] for [Beijing|LOC] on [Monday|DATE].", "CONSULT/asserted 'left' actor=Vladimir Putin recipient=Beijing")]
    // a conjunction after a pattern's last word leaves it the head of its phrase (a headline's "… Pact as Tensions Rise" lost
    // the signing and read AGREE 'Pact')
    [InlineData("[Japan|LOC] and [Philippines|LOC] Sign Defense Pact as Tensions Rise", "COOPERATE/asserted 'Sign' actor=Philippines recipient=Japan")]
    // "the two leaders" may be named two sentences back (it found only one person in the sentence before)
    [InlineData("[Sadyr Japarov|PERSON] and [Emomali Rahmon|PERSON] signed a treaty. The signing took place in [Bishkek|LOC] during [Rahmon|PERSON]'s visit. The two leaders also agreed to open checkpoints.",
        "SUPPORT/asserted 'signed' actor=Emomali Rahmon recipient=Sadyr Japarov | CONSULT/asserted 'visit' actor=Rahmon recipient=- | AGREE/asserted 'agreed to open' actor=Sadyr Japarov recipient=Emomali Rahmon")]
    // a gerund after a conjunction of time is a verb with the clause's subject, undated by that clause (it made no event)
    [InlineData("[Kassym-Jomart Tokayev|PERSON] hosted [Xi Jinping|PERSON] on [June 17|DATE], weeks after receiving [Vladimir Putin|PERSON] in the capital.",
        "CONSULT/asserted 'hosted' actor=Kassym-Jomart Tokayev recipient=Xi Jinping | CONSULT/asserted 'receiving' actor=Kassym-Jomart Tokayev recipient=Vladimir Putin")]
    // "the two sides" right before the verb is its subject, whatever name an opening phrase holds (it read Xi's agreements)
    [InlineData("[Kassym-Jomart Tokayev|PERSON] hosted [Xi Jinping|PERSON] on [June 17|DATE]. During [Xi|PERSON|Xi Jinping]'s visit, the two sides signed 30 agreements.",
        "CONSULT/asserted 'hosted' actor=Kassym-Jomart Tokayev recipient=Xi Jinping | CONSULT/asserted 'visit' actor=Xi Jinping recipient=- | SUPPORT/asserted 'signed' actor=Kassym-Jomart Tokayev recipient=Xi Jinping")]
    // a place before an accord's noun is the accord's subject, no party (it read recipient=Gaza)
    [InlineData("[Israel|LOC] and [Hamas|ORG] agree first phase of [Gaza|LOC] deal", "SUPPORT/asserted 'deal' actor=Hamas recipient=Israel")]
    // a plural before a participle and its agent is a noun (it read SUPPORT 'allies')
    [InlineData("The group includes the [Organization of the Petroleum Exporting Countries|ORG] and allies led by [Russia|LOC].", "")]
    // a name quoted takes no part in an act told outside the quotation (it read Ruto as setting the fire)
    [InlineData("Demonstrators chanting \"[Ruto|PERSON] must go\" entered the compound, setting part of the building on fire.", "")]
    // a "for" of how long is no pattern's (it read ACCUSE from "fight … for"), and an absolute clause of ", with" names no target
    [InlineData("[Thai|NORP] troops fought [Cambodian|NORP] troops for a second day on [Friday|DATE], with [Thailand|LOC]'s ministry saying 14 died.",
        "ASSAULT/asserted 'fought' actor=Thai recipient=Cambodian")]
    // a clause of "as" has its own subject (it read the Kremlin as struck; the refinery is no party)
    [InlineData("[Ukraine|LOC] strikes refinery as [Kremlin|ORG] rejects ceasefire call",
        "ASSAULT/asserted 'strikes' actor=Ukraine recipient=- | REJECT/asserted 'rejects' actor=Kremlin recipient=-")]
    // a relative pronoun before its clause's own subject is the verb's object, standing for the name before it (it read the
    // name after the verb, or made no event); not a name in a noun's phrase, nor where the verb has an object or an
    // infinitive of its own
    [InlineData("[Russia|LOC], which [Chisinau|LOC] accuses of interfering through schemes linked to [Ilan Shor|PERSON], did not comment.",
        "ACCUSE/asserted 'accuses' actor=Chisinau recipient=Russia")]
    [InlineData("[Egypt|LOC] and the [United Arab Emirates|LOC], which [Khartoum|LOC] accuses of arming the [RSF|ORG], called for a truce.",
        "ACCUSE/asserted 'accuses' actor=Khartoum recipient=United Arab Emirates")]
    // (what "which" denies is the charge, no party: a denial by Israel aimed at no one)
    [InlineData("The court cited war crimes in [Gaza|LOC], which [Israel|LOC] denies.", "REJECT/asserted 'denies' actor=Israel recipient=-")]
    [InlineData("The [European Union|ORG], which [Moldova|LOC] hopes to join by [2030|DATE], condemned the interference.", "ACCUSE/asserted 'condemned' actor=European Union recipient=-")]
    // a nationality opening the sentence describes a passive's subject however long its phrase (it read the Chinese killing)
    [InlineData("DUSHANBE, [Nov 27|DATE] ([Reuters|ORG]) - Three [Chinese|NORP] nationals working for a mining company in southern [Tajikistan|LOC] were killed when a [drone|WEAPON] was launched from [Afghanistan|LOC].", "")]
    [InlineData("At least 12 [Pakistani|NORP] soldiers guarding the border were killed by [Taliban|ORG] fighters.", "ASSAULT/asserted 'killed' actor=Taliban recipient=Pakistani")]
    // the subject of a verb of undergoing is the one the act named as its object is aimed at (it read the subject as the
    // protester, or as the one sanctioning)
    [InlineData("[Kurmanbek Bakiyev|PERSON] has promised elections, but his government faces continued protests in the south.", "")]
    [InlineData("The [Kremlin|ORG] faced sanctions from the [EU|ORG].", "COERCE/asserted 'sanctions' actor=EU recipient=Kremlin")]
    [InlineData("[Georgia|LOC] suffered a [Russian|NORP] attack.", "ASSAULT/asserted 'attack' actor=Russian recipient=Georgia")]
    // after a noun phrase "that" opens a relative clause with parties of its own (it read recipient=Karabakh)
    [InlineData("[Yerevan|LOC] would not accept any solution that placed [Karabakh|LOC] under [Azerbaijani|NORP] rule.", "")]
    [InlineData("[Moscow|LOC] welcomed any steps that brought peace to the [South Caucasus|LOC].", "SUPPORT/asserted 'welcomed' actor=Moscow recipient=-")]
    // a person set off after a noun's posting names the noun, the subject (it read actor=U.S.)
    [InlineData("The [U.S.|LOC] ambassador in [Bishkek|LOC], [Stephen Young|PERSON], met [Kurmanbek Bakiyev|PERSON] on [March 28|DATE].",
        "CONSULT/asserted 'met' actor=Stephen Young recipient=Kurmanbek Bakiyev")]
    // the accused's act after "of" and a gerund, past the noun's modifiers and quotation marks, is the accused's: a body
    // of a named party acts for it (it read the accuser waging the attack), and no party where the accused is unnamed (it
    // read Pashinyan failing to defend Armenia)
    [InlineData("[Ruginiene|PERSON] accused the government of [Alexander Lukashenko|PERSON] of waging a \"hybrid attack\" on [Lithuania|LOC].",
        "ACCUSE/asserted 'accused' actor=Ruginiene recipient=Alexander Lukashenko | ASSAULT/asserted 'attack' actor=Alexander Lukashenko recipient=Lithuania")]
    [InlineData("[Pashinyan|PERSON] accused the bloc of failing to defend [Armenia|LOC].", "ACCUSE/asserted 'accused' actor=Pashinyan recipient=-")]
    [InlineData("[Pashinyan|PERSON] accused the [CSTO|ORG] of failing to defend [Armenia|LOC].",
        "ACCUSE/asserted 'accused' actor=Pashinyan recipient=CSTO | AID/negated 'defend' actor=CSTO recipient=Armenia")]
    // a clause of "after" with its subject past an article has parties of its own (it read recipient=Taliban)
    [InlineData("The [Asian Development Bank|ORG] withdrew from the project after the [Taliban|ORG] took power.", "ASSAULT/asserted 'took' actor=Taliban recipient=-")]
    // a noun of what is promised before "that" opens its content, which addresses no one (it read recipient=Safarov)
    [InlineData("[Baku|LOC] had given assurances that [Safarov|PERSON] would serve his sentence.", "")]
    // "allies" after a name is a noun (it read "allies to discuss" as an agreement)
    [InlineData("[Lithuania|LOC] would ask [NATO|ORG] allies to discuss the incidents.", "REQUEST/hypothetical 'ask' actor=Lithuania recipient=NATO")]
    // the possessor of a noun of intent or of its failure is the agent, and a failure negates (it read actor=Kyrgyz); duties
    // raised are a sanction, but its object, which a comma ends, names no party it needs
    [InlineData("[Moscow|LOC] raised duties, a measure many [Kyrgyz|NORP] read as punishment for [Bakiyev|PERSON]'s failure to close the [U.S.|LOC] transit center.",
        "COERCE/negated 'close' actor=Bakiyev recipient=U.S.")]
    // a relation with another party, stopped, is aimed at the other (it read recipient=Armenia, or made no event)
    [InlineData("[Pashinyan|PERSON] froze [Armenia|LOC]'s participation in the [CSTO|ORG].", "SANCTION/asserted 'froze' actor=Pashinyan recipient=CSTO")]
    [InlineData("[Georgia|LOC] suspended its membership in the [CIS|ORG].", "SANCTION/asserted 'suspended' actor=Georgia recipient=CIS")]
    [InlineData("[Washington|LOC] warned of consequences for [Ukraine|LOC]'s relations with the [United States|LOC].",
        "THREATEN/asserted 'warned' actor=Washington recipient=Ukraine")]
    // "both governments" are the last two states named, not a newsroom's inline credit (it read actor=Radio Azatutyun)
    [InlineData("[Armenia|LOC] recalled its envoy from [Hungary|LOC]. The [OSCE|ORG] called it a blow ([Radio Azatutyun|ORG], [September 1|DATE]). "
                + "Media linked the transfer to [Azerbaijan|LOC]'s plans to buy bonds, which both governments denied.",
        "REJECT/asserted 'denied' actor=Hungary recipient=Azerbaijan")]
    // an object pronoun after a past form makes it a verb, whatever closes before it (the parenthesis made "accused" a participle)
    [InlineData("Police detained [Alexander Sodiqov|PERSON]. The [State Committee for National Security|ORG] ([GKNB|ORG]) accused him of spying.",
        "ACCUSE/asserted 'accused' actor=State Committee for National Security recipient=Alexander Sodiqov")]
    // "it" before a charge stands for a party, and a verb after "and" whose object pronoun is the reported clause's subject
    // joins the reporting verb (it made no accusation)
    [InlineData("[Zabihullah Mujahid|PERSON] said [Islamabad|LOC] had made demands and accused it of trying to shift responsibility.",
        "REQUEST/asserted 'demands' actor=Islamabad recipient=- | ACCUSE/asserted 'accused' actor=Zabihullah Mujahid recipient=Islamabad")]
    // trading blame is an accusation between the two (it read cooperation)
    [InlineData("[Pakistan|LOC] and [Afghanistan|LOC] traded blame on Saturday.", "ACCUSE/asserted 'traded' actor=Afghanistan recipient=Pakistan | ACCUSE/asserted 'traded' actor=Pakistan recipient=Afghanistan")]
    // a relative clause on "whom" is passed over for the subject (it read Washington ordering)
    [InlineData("President [Nicolas Maduro|PERSON], whom [Washington|LOC] accuses of leading a cartel, ordered the army to stage exercises.",
        "ACCUSE/asserted 'accuses' actor=Washington recipient=Nicolas Maduro | MOBILIZE/asserted 'ordered' actor=Nicolas Maduro recipient=-")]
    // a participle and a phrase after a verb's object describe it (it read Qatar agreeing with Turkey); a relative clause on a
    // pair opening the sentence, and the verb past it, are both's (they read Qatar's alone)
    [InlineData("[Turkey|LOC] and [Qatar|LOC], which mediated the talks, urged both sides to respect the ceasefire agreed in [Doha|LOC].",
        "CONSULT/asserted 'mediated' actor=Qatar recipient=- | CONSULT/asserted 'mediated' actor=Turkey recipient=- | REQUEST/asserted 'urged' actor=Qatar recipient=- | REQUEST/asserted 'urged' actor=Turkey recipient=-")]
    // an act a verb of causing brings on is not the cause's (it read Sodiqov protesting against Britain)
    [InlineData("[Sodiqov|PERSON]'s arrest drew protests from academic associations in [Britain|LOC] and [Canada|LOC].", "")]
    // a source cited after "according to" is no party of a noun's act (it read recipient=Kazakh Foreign Ministry)
    [InlineData("[Xi Jinping|PERSON] has offered [Kazakhstan|LOC] [$14 billion|MONEY] in investment deals, according to the [Kazakh Foreign Ministry|ORG].",
        "AGREE/asserted 'offered' actor=Xi Jinping recipient=Kazakhstan | AGREE/asserted 'deals' actor=Xi Jinping recipient=-")]
    // "the two men" after a meeting are its parties, not the last two persons named (it read Zelensky and Lukashenko)
    [InlineData("[Lukashenko|PERSON] met [U.S.|LOC] envoy [John Coale|PERSON] in [Minsk|LOC]. [Zelensky|PERSON] thanked the [United States|LOC]. "
                + "[Lukashenko|PERSON]'s press service said the two men had discussed the crisis.",
        "CONSULT/asserted 'met' actor=Lukashenko recipient=John Coale | SUPPORT/asserted 'thanked' actor=Zelensky recipient=United States | CONSULT/asserted 'discussed' actor=Lukashenko recipient=John Coale")]
    // a conjunction of time before a gerund opens a clause with parties of its own (it read Ablyazov detaining him)
    [InlineData("[Mukhammedkarim|PERSON] was detained in [June 2024|DATE] after interviewing exiled banker [Mukhtar Ablyazov|PERSON].",
        "")]
    // "ahead of" names no party, and an act's noun before "deadline" is no act (it read the U.S. seized, and U.S. sanctions)
    [InlineData("[Serbia|LOC] Seizes Control of Refinery Ahead of [U.S.|LOC] Sanctions Deadline", "COERCE/asserted 'Seizes' actor=Serbia recipient=-")]
    // in a headline a base form after a body's noun is its verb (it read no event once "Georgian" was no part of the name)
    [InlineData("[Georgian|NORP] Police Detain Opposition Leader as Protests Enter Third Month", "COERCE/asserted 'Detain' actor=Georgian recipient=-")]
    // a capitalised word inside a name is no pattern's word (it read "vow … support" in "Rapid Support Forces"), and a
    // participle after a comma has its own status (it read the fight negated by "rejected")
    [InlineData("[Burhan|PERSON] rejected the proposal, vowing to fight the [Rapid Support Forces|ORG].",
        "REJECT/asserted 'rejected' actor=Burhan recipient=- | THREATEN/anticipated 'fight' actor=Burhan recipient=Rapid Support Forces")]
    // after "and", before a nationality, a past form sharing an earlier verb's subject is a verb (it read a participle)
    [InlineData("[Mikheil Saakashvili|PERSON] declared a state of emergency and accused [Russian|NORP] intelligence services of organizing the protests.",
        "COERCE/asserted 'declared' actor=Mikheil Saakashvili recipient=- | ACCUSE/asserted 'accused' actor=Mikheil Saakashvili recipient=Russian | PROTEST/asserted 'protests' actor=Russian recipient=-")]
    // the first to act did act (it read the congratulation anticipated)
    [InlineData("[Russia|LOC] was the first country to congratulate [Sarkisian|PERSON].", "SUPPORT/asserted 'congratulate' actor=Russia recipient=Sarkisian")]
    // an object pronoun is another than the subject (it made no event, "him" being Medvedev)
    [InlineData("[Russia|LOC] congratulated [Sarkisian|PERSON]. [Dmitry Medvedev|PERSON], who won the election, telephoned him the next day.",
        "SUPPORT/asserted 'congratulated' actor=Russia recipient=Sarkisian | CONSULT/asserted 'telephoned' actor=Dmitry Medvedev recipient=Sarkisian")]
    // the subject pronoun of a demanded clause is the one addressed (it made no event)
    [InlineData("[Lin Jian|PERSON] said [Takaichi|PERSON]'s remarks were dangerous and demanded that she retract them.",
        "REQUEST/asserted 'demanded' actor=Lin Jian recipient=Takaichi")]
    // the possessor of a noun of what is done to someone is the one it is aimed at (it made no event)
    [InlineData("[Xue Jian|PERSON] posted a threat, prompting [Tokyo|LOC] to demand his expulsion.", "REQUEST/asserted 'demand' actor=Tokyo recipient=Xue Jian")]
    // a body of a titled person acts for the person (it read no actor)
    [InlineData("The government of President [Emomali Rahmon|PERSON] has pressured the [Islamic Renaissance Party|ORG].",
        "COERCE/asserted 'pressured' actor=Emomali Rahmon recipient=Islamic Renaissance Party")]
    // an amount pledged may stand before the pledged act (it made no event)
    [InlineData("[Russia|LOC] pledged [$1.2 billion|MONEY] to modernize the army.", "AGREE/asserted 'pledged $1.2 billion to modernize' actor=Russia recipient=-")]
    // a city before an attack's noun is where it struck (it read Beirut striking)
    [InlineData("[Israel|LOC] Kills [Hezbollah|ORG] Chief in [Beirut|LOC] Strike", "ASSAULT/asserted 'Kills' actor=Israel recipient=Hezbollah")]
    // "him" goes on with the "he" opening the sentence (it read the last person named)
    [InlineData("[Bakiyev|PERSON] flew to [Kazakhstan|LOC] after talks mediated by [Dmitry Medvedev|PERSON]. He later moved to [Minsk|LOC], where [Lukashenko|PERSON] granted him protection.",
        "AID/asserted 'granted' actor=Lukashenko recipient=Bakiyev")]
    // a participle after a description set off after the verb's object shares the verb's subject (it read Ivanishvili accusing)
    [InlineData("The [United States|LOC] has sanctioned [Bidzina Ivanishvili|PERSON], the founder of [Georgian Dream|ORG], accusing him of undermining democracy.",
        "COERCE/asserted 'sanctioned' actor=United States recipient=Bidzina Ivanishvili | ACCUSE/asserted 'accusing' actor=United States recipient=Bidzina Ivanishvili")]
    // a warning's "about" names its topic (it read Lake Balkhash threatened); "warned of consequences for" names the threatened
    [InlineData("Environmental groups, including [Green Salvation|ORG], have warned about the risks to [Lake Balkhash|LOC].", "")]
    [InlineData("[Washington|LOC] warned of consequences for [Ukraine|LOC].", "THREATEN/asserted 'warned' actor=Washington recipient=Ukraine")]
    // a participle's phrase set off by a comma, and a description set off after an amount, name no party (it read the
    // bank and the Russians as recipients); "including" after an amount names who it counts
    [InlineData("[Equinor|ORG] has agreed to supply gas, financed by a loan from the [European Bank for Reconstruction and Development|ORG].",
        "AGREE/asserted 'agreed to supply' actor=Equinor recipient=-")]
    [InlineData("The [CSTO|ORG] sent [2,500 troops|QUANTITY], most of them [Russian|NORP] paratroopers.", "")]
    [InlineData("The [Interior Ministry|ORG] detained [12 people|QUANTITY], including [Paata Burchuladze|PERSON].",
        "COERCE/asserted 'detained' actor=Interior Ministry recipient=Paata Burchuladze")]
    // a platform after "on" is where it was said (it read recipient=Facebook)
    [InlineData("[Nikol Pashinyan|PERSON] announced the deployment on [Facebook|ORG].", "MOBILIZE/asserted 'deployment' actor=Nikol Pashinyan recipient=-")]
    // a people's word before its people's noun is the antecedent of "who" (it made no event)
    [InlineData("[Baramidze|PERSON] accused peacekeepers of escorting [South Ossetian|NORP] militiamen who fired on [Georgian|NORP] villages.",
        "ACCUSE/asserted 'accused' actor=Baramidze recipient=- | ASSAULT/asserted 'fired' actor=South Ossetian recipient=Georgian")]
    // "by" or "without" before a gerund opens a phrase with parties of its own (it read the commission provoked); to provoke is
    // to bring about, no dissent (it read a protest)
    [InlineData("[Nabzdorov|PERSON] said [Georgian|NORP] forces had provoked the clash by entering the zone without notifying the [Joint Control Commission|ORG].",
        "CONSULT/negated 'notifying' actor=Georgian recipient=Joint Control Commission")]
    [InlineData("[China|LOC] accused [Manila|LOC] of deliberately provoking tensions.", "ACCUSE/asserted 'accused' actor=China recipient=Manila")]
    // people returned are released, whatever a pattern of travel reads (it read a visit)
    [InlineData("[Russia|LOC]'s defence ministry said 150 [Russian|NORP] servicemen had been returned from territory controlled by [Kyiv|LOC].",
        "RETREAT/asserted 'returned' actor=Kyiv recipient=Russian")]
    // a relation broken off is reduced (it read a threat from "break off")
    [InlineData("[Tbilisi|LOC] responded by breaking off diplomatic relations with [Moscow|LOC].", "SANCTION/asserted 'breaking' actor=Tbilisi recipient=Moscow")]
    // a meeting "with" someone after a verb is its subject's, and a body before a title and a person describes the person
    // (it made no event)
    [InlineData("[Saakashvili|PERSON], speaking in [Brussels|LOC] after a meeting with [NATO|ORG] Secretary-General [Jaap de Hoop Scheffer|PERSON], called for a new force.",
        "CONSULT/asserted 'meeting' actor=Saakashvili recipient=Jaap de Hoop Scheffer")]
    // to halt deliveries is to cut supplies (it made no event)
    [InlineData("[Saparmurat Niyazov|PERSON] has halted gas deliveries to [Ukraine|LOC].", "SANCTION/asserted 'halted' actor=Saparmurat Niyazov recipient=Ukraine")]
    // the people "from" two parties act for them, and a place not a state's after "on" is where an act between equals is
    // held (it made no event, then read the sea as the partner)
    [InlineData("Naval units from [Kazakhstan|LOC] and [Russia|LOC] held a joint exercise on the [Caspian Sea|LOC].",
        "COOPERATE/asserted 'exercise' actor=Kazakhstan recipient=Russia")]
    // a relative clause after the subject has its own status (it read the talks hypothetical from "could")
    [InlineData("[Spain|LOC], which said it could not meet the target, won an exemption after talks with [NATO|ORG] Secretary-General [Mark Rutte|PERSON].",
        "CONSULT/asserted 'talks' actor=Spain recipient=Mark Rutte")]
    // "of" after a request names who made it (it read the one detained as the requester)
    [InlineData("[Russian|NORP] police detained [Iskandarov|PERSON] at the request of the [Tajik Prosecutor-General's Office|ORG].",
        "COERCE/asserted 'detained' actor=Russian recipient=Iskandarov | REQUEST/asserted 'request' actor=Tajik Prosecutor-General's Office recipient=-")]
    // a request for something after "and" is made of the first verb's partner (it made no event)
    [InlineData("[Robert Kocharian|PERSON] met [Vladimir Putin|PERSON] in [Moscow|LOC] and asked for guarantees.",
        "CONSULT/asserted 'met' actor=Robert Kocharian recipient=Vladimir Putin | REQUEST/asserted 'asked for' actor=Robert Kocharian recipient=Vladimir Putin")]
    // cutting links is reducing relations (it made no event)
    [InlineData("[Tiraspol|LOC] responded by cutting rail links with [Moldova|LOC].", "SANCTION/asserted 'cutting' actor=Tiraspol recipient=Moldova")]
    // a modal right after the verb opens its clause (it read Yerevan hoping of the Russians)
    [InlineData("The pipeline, which [Yerevan|LOC] hopes will reduce its dependence on [Russian|NORP] gas, will cost more.", "")]
    // a participle after a passive clause whose subject names no party is its agent's act (it had no actor)
    [InlineData("This has been complicated by [Dushanbe|LOC]'s linkage of the base to its debts, hoping to have some of its [$300 million|MONEY] debt to [Russia|LOC] written off.",
        "REQUEST/asserted 'hoping' actor=Dushanbe recipient=Russia")]
    // "whom" is no subject: the relative clause's comes after it (it read Tekebayev accusing Bakiyev)
    [InlineData("Deputies failed to dismiss Speaker [Omurbek Tekebayev|PERSON], whom 30 deputies had accused of insulting President [Kurmanbek Bakiyev|PERSON].", "")]
    // a state and its capital are one party (it read Beijing barring China)
    [InlineData("[Beijing|LOC] barred [China|LOC]'s companies from exporting chips.", "")]
    // past the actor after "by", "to" names the one visited (it had no recipient)
    [InlineData("The deal was signed during a state visit by [Mirziyoyev|PERSON] to [Bishkek|LOC].", "CONSULT/asserted 'visit' actor=Mirziyoyev recipient=Bishkek")]
    // the latest act between two three sentences back still names "the two sides" (it made no event)
    [InlineData("[Nazarbayev|PERSON] and [Hu Jintao|PERSON] agreed to complete the pipeline. It will carry oil. [Hu|PERSON|Hu Jintao] was in [Astana|LOC]. The two sides signed 11 agreements.",
        "AGREE/asserted 'agreed to complete' actor=Hu Jintao recipient=Nazarbayev | SUPPORT/asserted 'signed' actor=Nazarbayev recipient=Hu Jintao")]
    // a clause of "unless" is a condition (it was asserted), and a past form after "and" joins the reporting verb, not a
    // modal's verb (it read Minsk threatening)
    [InlineData("[Gazprom|ORG] would raise prices unless [Minsk|LOC] agreed to sell [Gazprom|ORG] a stake in [Beltransgaz|ORG].",
        "AGREE/hypothetical 'agreed to sell' actor=Minsk recipient=Gazprom")]
    [InlineData("[Lukashenko|PERSON] told the parliament that [Minsk|LOC] would not surrender its property and threatened to charge [Russia|LOC] for the pipeline.",
        "THREATEN/asserted 'threatened' actor=Lukashenko recipient=Russia")]
    // a person set off after a title's body names the title, the subject (it read Russia calling)
    [InlineData("The head of [Russia|LOC]'s [Federal Drug Control Service|ORG], [Viktor Cherkesov|PERSON], called on the [Tajik|NORP] authorities to accept help.",
        "REQUEST/asserted 'called' actor=Viktor Cherkesov recipient=Tajik")]
    // a pledge of an amount by two is not between them (it read the EU pledging to the United States)
    [InlineData("The [United States|LOC] and the [European Union|ORG] had pledged [$20 million|MONEY] for equipment.", "")]
    // a relative clause after the subject holds the commas of its list (it read Kazakhstan agreeing with Belarus)
    [InlineData("[EurAsEC|ORG], which also includes [Russia|LOC], [Belarus|LOC] and [Kazakhstan|LOC], agreed to merge with the [CACO|ORG].",
        "AGREE/asserted 'agreed to merge' actor=EurAsEC recipient=CACO")]
    // a people's officials named after a list of the sentence before are "their" antecedent (it read Putin)
    [InlineData("The deal was reached by Presidents [Vladimir Putin|PERSON] and [Imomali Rakhmonov|PERSON] in June. [Tajik|NORP] officials insist that their forces are ready to stop militants crossing from [Afghanistan|LOC].",
        "AGREE/asserted 'ready to stop' actor=Tajik recipient=Afghanistan")]
    // a sum counts as one word before a pattern's noun (it made no event)
    [InlineData("[Lukoil|ORG] signed a [$1 billion|MONEY] production-sharing agreement with [Tashkent|LOC].",
        "SUPPORT/asserted 'signed a $1 billion production-sharing agreement' actor=Lukoil recipient=Tashkent")]
    // a sentence's opening "its" goes on with the body the sentence before opened with, whose people may act for it (it made
    // no event, then read the last party of the relative clause's list)
    [InlineData("The [Azadliq|ORG] bloc, which unites the [Popular Front Party|ORG], the [Musavat Party|ORG] and the [Democratic Party|ORG], has accused the government of fraud. Its leaders asked the [Council of Europe|ORG] to send more observers.",
        "ACCUSE/asserted 'accused' actor=Azadliq recipient=- | REQUEST/asserted 'asked' actor=Azadliq recipient=Council of Europe")]
    // the antecedent of "whose" before a noun of what is done to someone does not do it (it read Beknazarov arresting)
    [InlineData("Deputy [Azimbek Beknazarov|PERSON], whose arrest over the deal led to clashes in [Aksy|LOC], called it a betrayal.", "")]
    // a comma closes a phrase that opens the sentence (it read the subject inside "In Baku, …" and made no event)
    [InlineData("In [Baku|LOC], the opposition [Musavat Party|ORG] accused [Elmar Mammadyarov|PERSON] of preparing concessions.",
        "ACCUSE/asserted 'accused' actor=Musavat Party recipient=Elmar Mammadyarov")]
    // an aside naming two persons names "the two presidents" (it read the last meeting's parties)
    [InlineData("[Oskanian|PERSON] met [Mammadyarov|PERSON] in [Moscow|LOC]. The co-chairs hoped the two presidents, [Robert Kocharian|PERSON] and [Ilham Aliyev|PERSON], would meet in [Kazan|LOC].",
        "CONSULT/asserted 'met' actor=Oskanian recipient=Mammadyarov | CONSULT/hypothetical 'meet' actor=Robert Kocharian recipient=Ilham Aliyev")]
    // "him" is no woman by her name's ending (it read Nazarbayeva, the clause's subject before)
    [InlineData("[Rakhat Aliyev|PERSON] called the charges revenge. [Nazarbayeva|PERSON] divorced Aliyev in June, and a military court in [Almaty|LOC] sentenced him to 20 years in prison.",
        "COERCE/asserted 'sentenced' actor=Almaty recipient=Rakhat Aliyev")]
    // a possessor opens what is called so as an article does (it read a call to Russia)
    [InlineData("[Alexander Lukashenka|PERSON] called [Russia|LOC]'s tax \"an economic war\" but sent [Sergei Sidorsky|PERSON] to [Moscow|LOC].", "")]
    // a past form after "and" joins the finite verb, past the infinitive and gerund of its object (it read the accused's appeal)
    [InlineData("[Emomali Rahmon|PERSON] accused [Uzbekistan|LOC] of trying to strangle his country's economy and appealed to the [United Nations|ORG].",
        "ACCUSE/asserted 'accused' actor=Emomali Rahmon recipient=Uzbekistan | REQUEST/asserted 'appealed' actor=Emomali Rahmon recipient=United Nations")]
    // to lead a delegation is to head a body, no act between its leaders (it read an agreement)
    [InlineData("[Pakistani|NORP] Defense Minister [Khawaja Asif|PERSON] and [Afghan|NORP] Defense Minister [Mullah Mohammad Yaqoob|PERSON] led the delegations.", "")]
    // after an infinitive a past form before a nationality describes its noun, and a name opening the object of a verb that
    // controls no infinitive is no subject of the infinitive of purpose after it (it read the EU's freezing, then Russia's funding)
    [InlineData("[Zelenskiy|PERSON] thanked [EU|ORG] leaders and urged them to use frozen [Russian|NORP] assets to fund a loan to [Kyiv|LOC].",
        "SUPPORT/asserted 'thanked' actor=Zelenskiy recipient=EU | REQUEST/asserted 'urged' actor=Zelenskiy recipient=EU | AGREE/anticipated 'fund' actor=EU recipient=Kyiv")]
    [InlineData("[Zelenskiy|PERSON] urged [EU|ORG] leaders to use [Russian|NORP] assets to fund a loan to [Kyiv|LOC].",
        "REQUEST/asserted 'urged' actor=Zelenskiy recipient=EU | AGREE/anticipated 'fund' actor=EU recipient=Kyiv")]
    // an act after "for" and a gerund after the object of a verb is the object's, here no party (it read Merkel's failure to consult)
    [InlineData("[Angela Merkel|PERSON] criticized both governments for failing to consult their [European|NORP] customers.",
        "ACCUSE/asserted 'criticized' actor=Angela Merkel recipient=-")]
    // the "on" of a measure a verb stages names its target (no event: the noun stopped the search for the one aimed at)
    [InlineData("[European Union|ORG] foreign ministers imposed an arms embargo on [Uzbekistan|LOC] on [October 3|DATE].",
        "COERCE/asserted 'imposed' actor=European Union recipient=Uzbekistan")]
    [InlineData("[EU|ORG] IMPOSES ARMS EMBARGO ON [UZBEKISTAN|LOC]", "COERCE/asserted 'IMPOSES' actor=EU recipient=UZBEKISTAN")]
    // a past form after "and" whose lower-case words lead to a party's name is a verb, not a modifier (no accusation was found)
    [InlineData("[Shavkat Mirziyoyev|PERSON] blamed foreign forces for the unrest and accused local lawyer [Dauletmurat Tazhimuratov|PERSON] of inciting it.",
        "ACCUSE/asserted 'blamed' actor=Shavkat Mirziyoyev recipient=- | ACCUSE/asserted 'accused' actor=Shavkat Mirziyoyev recipient=Dauletmurat Tazhimuratov")]
    // a participle after a document's noun is the document's act, and its signer's (it read the signing as support for the IAEA)
    [InlineData("[Masoud Pezeshkian|PERSON] signed a law on [Wednesday|DATE] suspending cooperation with the [International Atomic Energy Agency|ORG].",
        "SANCTION/asserted 'suspending' actor=Masoud Pezeshkian recipient=International Atomic Energy Agency")]
    [InlineData("[Vladimir Putin|PERSON] signed a decree banning imports from [Georgia|LOC].", "COERCE/asserted 'banning' actor=Vladimir Putin recipient=Georgia")]
    // an act in a phrase of a charged gerund's object is not the accused's (it read Grossi's strikes)
    [InlineData("[Iranian|NORP] officials have accused [Rafael Grossi|PERSON] of paving the way for the strikes.",
        "ACCUSE/asserted 'accused' actor=Iranian recipient=Rafael Grossi")]
    // a headline's comma before a name and its verb opens a second headline (it read a vote for Rosatom)
    [InlineData("[KAZAKHSTAN|LOC] VOTES FOR NUCLEAR POWER, [ROSATOM|ORG] TO BUILD FIRST PLANT", "")]
    // after an object that is no place, "for" names the side one acts for, not where one goes (it read a visit to Bishkek)
    [InlineData("[Kamchybek Tashiev|PERSON], who led the talks for [Bishkek|LOC], said that [Kyrgyzstan|LOC] had received the facility.", "")]
    [InlineData("[Putin|PERSON] left [Moscow|LOC] for [Beijing|LOC] on [Monday|DATE].", "CONSULT/asserted 'left' actor=Putin recipient=Beijing")]
    // an infinitive of purpose before a name, and a verb after "and" past a name in apposition, are the summoner's (they read
    // the ambassador's protest and accusation); a ministry's protest is a complaint lodged since session 30
    [InlineData("[Iran|LOC]'s [Foreign Ministry|ORG] summoned [Azerbaijan|LOC]'s ambassador, [Javanshir Akhundov|PERSON], to protest [Baku|LOC]'s policies and accused [Azerbaijan|LOC] of spying.",
        "CONSULT/asserted 'summoned' actor=Foreign Ministry recipient=Javanshir Akhundov | ACCUSE/asserted 'protest' actor=Foreign Ministry recipient=Baku | ACCUSE/asserted 'accused' actor=Foreign Ministry recipient=Azerbaijan")]
    // a verb that controls its object leaves the infinitive to it
    [InlineData("[Dmitry Peskov|PERSON] said that [Russia|LOC] expected [Kazakhstan|LOC] to honor its commitments to the [EEU|ORG].",
        "AGREE/anticipated 'honor' actor=Kazakhstan recipient=EEU")]
    // a headline's comma ends a pattern's words (it read the detention as a protest)
    [InlineData("[AZERBAIJAN|LOC] DETAINS [IRANIAN|NORP] AGENTS, [TEHRAN|LOC] PROTESTS", "COERCE/asserted 'DETAINS' actor=AZERBAIJAN recipient=IRANIAN | ACCUSE/asserted 'PROTESTS' actor=TEHRAN recipient=-")]
    // what is called so may have an "of" phrase (it read a call to the ambassador summoned)
    [InlineData("The [Russian Foreign Ministry|ORG] summoned the ambassador, [Rahman Mustafayev|PERSON], and called the arrests of [Sputnik|ORG] staff \"unacceptable.\"",
        "CONSULT/asserted 'summoned' actor=Russian Foreign Ministry recipient=Rahman Mustafayev")]
    // a participle after "and" shares the passive of one the lexicon lacks (it read the one taken as taking)
    [InlineData("Candidate [Uladzimir Nyaklyayeu|PERSON] was beaten by police and taken from a hospital by men in plain clothes.", "")]
    // the unnamed object of a verb that controls it does the infinitive's act, and a base form after "and" joins that infinitive
    // (they read Human Rights Watch's release and China's ceasefires)
    [InlineData("[Human Rights Watch|ORG] urged the authorities to reverse the decision and release [Moussa Mara|PERSON], a former prime minister.", "REQUEST/asserted 'urged' actor=Human Rights Watch recipient=-")]
    [InlineData("[China|LOC] has backed the vote and pressed ethnic armed groups near its border to agree to ceasefires.", "")]
    // a verb's "-s" form after a body's noun is that body's verb, and a body of the party in a relative clause accuses its
    // antecedent (no event: "accuses" read a noun)
    [InlineData("The [United Arab Emirates|LOC], which [Sudan|LOC]'s government accuses of arming the [RSF|ORG], denied the charge.",
        "ACCUSE/asserted 'accuses' actor=Sudan recipient=United Arab Emirates | REJECT/asserted 'denied' actor=United Arab Emirates recipient=-")]
    [InlineData("[Moldovan|NORP] court jails [Gagauzia|LOC] leader [Gutsul|PERSON] for seven years", "COERCE/asserted 'jails' actor=Moldovan recipient=Gutsul")]
    // a name after "before" and "was due to" is the subject of the clause it opens (it read the newsroom's source as arriving)
    [InlineData("[North Korea|LOC] fired missiles, [South Korea|LOC]'s [Joint Chiefs of Staff|ORG] said, days before [Donald Trump|PERSON] was due to arrive in [Seoul|LOC].",
        "AGREE/anticipated 'arrive' actor=Donald Trump recipient=Seoul")]
    // a place a location possesses is a location too (it read the square as the one attacked)
    [InlineData("[Belarusian|NORP] riot police broke up a rally of thousands of people in [Minsk|LOC]'s [Independence Square|LOC].", "")]
    // protesters who gather protest (it read a meeting with Iran)
    [InlineData("[Azerbaijani|NORP] protesters gathered outside the [Iranian|NORP] embassy in [Baku|LOC].", "PROTEST/asserted 'gathered' actor=Azerbaijani recipient=Iranian")]
    // a participle after a comma inside a closing quotation mark, or after a subordinate clause, adds to the main clause (they
    // read the accused's call, and no accuser)
    [InlineData("[Mikheil Saakashvili|PERSON] accused [Russia|LOC] of sabotage and of \"outrageous blackmail,\" calling on [Europe|LOC] to help.",
        "ACCUSE/asserted 'accused' actor=Mikheil Saakashvili recipient=Russia | REQUEST/asserted 'calling' actor=Mikheil Saakashvili recipient=Europe")]
    [InlineData("[Thailand|LOC] suspended the deal after a mine wounded [Thai|NORP] soldiers, accusing [Cambodia|LOC] of laying new mines.",
        "ACCUSE/asserted 'accusing' actor=Thailand recipient=Cambodia")]
    // a relative clause of "where" between commas is passed over: what one is asked to do is the request's, no act of its own,
    // as it is without the clause (it read a hypothetical extradition by Belarus; before that, "he" extraditing)
    [InlineData("The interim government accused [Bakiyev|PERSON]'s family of organizing the violence and asked [Belarus|LOC], where he later settled, to extradite him.", "")]
    // a name after a comma that its own verb follows begins a clause, no list of the phrase before; and a gerund after a
    // conjunction of time takes a verb of saying's subject (it read the relative clause's Arab states meeting Tokayev)
    [InlineData("[Kazakhstan|LOC] will join the accords, under which several [Arab|NORP] states normalized relations with [Israel|LOC], [Donald Trump|PERSON] said after meeting [Kassym-Jomart Tokayev|PERSON].",
        "CONSULT/asserted 'meeting' actor=Donald Trump recipient=Kassym-Jomart Tokayev")]
    // "the first foreign leader to" telephone did so: a modifier may stand between the ordinal and its noun (it read an intent)
    [InlineData("[Vladimir Putin|PERSON] was the first foreign leader to telephone [Roza Otunbayeva|PERSON].", "CONSULT/asserted 'telephone' actor=Vladimir Putin recipient=Roza Otunbayeva")]
    // mediators named together are no parties to each other (it read a mediation between France and the United States)
    [InlineData("[Israel|LOC] and [Hezbollah|ORG] agreed to a ceasefire after the [United States|LOC] and [France|LOC] brokered a deal.",
        "AGREE/asserted 'agreed' actor=Hezbollah recipient=Israel")]
    // a gerund after a verb of beginning or going on is a verb (it read a noun and made no event)
    [InlineData("In [2023|DATE], [Gazprom|ORG] began supplying gas to [Uzbekistan|LOC] through [Kazakhstan|LOC].",
        "COOPERATE/asserted 'supplying' actor=Gazprom recipient=Uzbekistan")]
    // what a noun of a matter's state names after "of", and the names joined to it, is the topic (it read Abkhazia coerced)
    [InlineData("[Mikheil Saakashvili|PERSON] signed it after the [French|NORP] president removed a clause on the future status of [Abkhazia|LOC] and [South Ossetia|LOC].", "")]
    [InlineData("[Vladimir Putin|PERSON] discussed the future of [Ukraine|LOC] with [Donald Trump|PERSON].", "CONSULT/asserted 'discussed' actor=Vladimir Putin recipient=Donald Trump")]
    // a verb with one reading is the act with no second party named (it made no event: no recipient)
    [InlineData("[Recep Tayyip Erdogan|PERSON] refused to apologize, saying that [Turkey|LOC] had the right to defend its borders.", "REJECT/asserted 'refused' actor=Recep Tayyip Erdogan recipient=-")]
    [InlineData("[Bidzina Ivanishvili|PERSON] accused foreign-funded groups of plotting a revolution.", "ACCUSE/asserted 'accused' actor=Bidzina Ivanishvili recipient=-")]
    [InlineData("The [European Union|ORG] threatened to impose sanctions on officials responsible for the violence.", "THREATEN/asserted 'threatened' actor=European Union recipient=-")]
    // a pattern's words are not looked for in a relative clause (the pattern "detain … protest" read a protest by the
    // authorities); the crowd the clause is on protests, with no actor
    [InlineData("The [Kazakh|NORP] authorities detained about 4,000 demonstrators who protested against the outcome.",
        "COERCE/asserted 'detained' actor=Kazakh recipient=- | PROTEST/asserted 'protested' actor=- recipient=-")]
    // a phrase of place may stand between a verb and its pattern's preposition (it read MOBILIZE: a show of force)
    [InlineData("[Georgian|NORP] students rallied in [Tbilisi|LOC] against the law.", "PROTEST/asserted 'rallied' actor=Georgian recipient=-")]
    // what is given back goes to the party after "to", past a list of names (it read the districts as the recipient) …
    [InlineData("[Armenia|LOC] agreed to return the [Aghdam|LOC], [Kalbajar|LOC] and [Lachin|LOC] districts to [Azerbaijan|LOC] by [December 1|DATE].",
        "AGREE/asserted 'agreed to return' actor=Armenia recipient=Azerbaijan")]
    [InlineData("[Iran|LOC] returned the [Stena Impero|WEAPON] to [Britain|LOC].", "RETREAT/asserted 'returned' actor=Iran recipient=Britain")]
    // … but to go back to a place is a journey (it read RETREAT recipient=Moscow)
    [InlineData("[Vladimir Putin|PERSON] returned to [Moscow|LOC] on [Friday|DATE].", "")]
    // a party right after the verb does the infinitive's act; the subject commits to none (it read Erdogan agreeing to rejoin)
    [InlineData("[Erdogan|PERSON] persuaded [Putin|PERSON] to rejoin the deal.",
        "SUPPORT/asserted 'persuaded' actor=Erdogan recipient=Putin | AGREE/asserted 'deal' actor=Putin recipient=-")]
    // a verb with one reading after "and", or in a series of past forms after a comma, shares the subject (it read "and
    // banned charter flights" as a noun phrase, and "expelled" as Turkey's act)
    [InlineData("[Russia|LOC] imposed sanctions on [Turkey|LOC] and banned charter flights.",
        "COERCE/asserted 'imposed sanctions' actor=Russia recipient=Turkey | COERCE/asserted 'banned' actor=Russia recipient=-")]
    [InlineData("[Russia|LOC] condemned [Turkey|LOC], expelled its diplomats and recalled its ambassador.",
        "ACCUSE/asserted 'condemned' actor=Russia recipient=Turkey | SANCTION/asserted 'expelled' actor=Russia recipient=- | SANCTION/asserted 'recalled' actor=Russia recipient=-")]
    // "but" joins two verbs of one subject as "and" does (the request had no actor)
    [InlineData("[Human Rights Watch|ORG] welcomed the releases but urged [Tashkent|LOC] to abolish forced labor.",
        "REQUEST/asserted 'urged' actor=Human Rights Watch recipient=Tashkent")]
    // to stop supplying is to cut supplies (there was no event)
    [InlineData("[Gazprom|ORG] stopped supplying gas to [Moldova|LOC].", "SANCTION/asserted 'stopped' actor=Gazprom recipient=Moldova")]
    // the infinitive of an unowned plan that one disagrees with, or an act one is troubled by, is not one's own act (they
    // read Gakharia detaining Melia and the embassy raiding)
    [InlineData("[Giorgi Gakharia|PERSON] resigned, saying he disagreed with the plan to detain [Nika Melia|PERSON].", "RETREAT/asserted 'resigned' actor=Giorgi Gakharia recipient=-")]
    [InlineData("The [US|LOC] Embassy said it was deeply troubled by the raid.", "")]
    // "its" after a verb whose subject is an unnamed body stands for that body (it read the mediator's boycott)
    [InlineData("The [European Union|ORG] named [Charles Michel|PERSON] as mediator. [Michel|PERSON] brokered an agreement under which the opposition ended its boycott of parliament.", "")]
    // a verbless description set off before ", and" is passed over to the verb whose subject the verb after "and" shares (no signing was found)
    [InlineData("[Shavkat Mirziyoyev|PERSON] visited [Tajikistan|LOC], the first such trip in two decades, and signed a treaty with [Emomali Rahmon|PERSON].",
        "CONSULT/asserted 'visited' actor=Shavkat Mirziyoyev recipient=Tajikistan | SUPPORT/asserted 'signed a treaty' actor=Shavkat Mirziyoyev recipient=Emomali Rahmon")]
    // after a possessive "'s" a word other than a past form is a noun (it read the welcomers advancing)
    [InlineData("[Egypt|LOC] and [Saudi Arabia|LOC] welcomed the army's advance.", "")]
    [InlineData("[Russia|LOC] condemned the government's attack on protesters.", "ACCUSE/asserted 'condemned' actor=Russia recipient=-")]
    // to help do something is to take part in that act, no aid (it read AID to the Egyptian mediators)
    [InlineData("[Joe Biden|PERSON] welcomed the deal, which his envoy [Brett McGurk|PERSON] helped negotiate alongside [Egyptian|NORP] and [Qatari|NORP] mediators.", "SUPPORT/asserted 'welcomed' actor=Joe Biden recipient=-")]
    [InlineData("The [United States|LOC] helped [Ukraine|LOC] with weapons.", "AID/asserted 'helped' actor=United States recipient=Ukraine")]
    // a clause of "as" whose subject is a list of names has parties of its own (it read Seoul as the target)
    [InlineData("[North Korea|LOC] fires [ballistic missile|WEAPON] as [Seoul|LOC] and [Tokyo|LOC] hold talks",
        "ASSAULT/asserted 'fires' actor=North Korea recipient=- | CONSULT/asserted 'hold' actor=Tokyo recipient=Seoul")]
    // a verb of stopping a relation after "and" shares the subject, and trade is a relation (it read a noun phrase)
    [InlineData("[Islamabad|LOC] closed its airspace to [Indian|NORP] airlines and suspended trade with [New Delhi|LOC].",
        "COERCE/asserted 'closed' actor=Islamabad recipient=Indian | SANCTION/asserted 'suspended' actor=Islamabad recipient=New Delhi")]
    // in a headline "as" opens a clause: the recipient search stops there (it read Moscow as the one jailed)
    [InlineData("[Baku|LOC] Jails Journalists as Relations With [Moscow|LOC] Sour", "COERCE/asserted 'Jails' actor=Baku recipient=-")]
    // to overtake a rival is to lead, no force (it read an assault)
    [InlineData("[Beijing|LOC] has overtaken [Moscow|LOC] as [Kazakhstan|LOC]'s largest trading partner.", "")]
    // what a noun of treatment names after "of" is the topic, no party (it read a discussion with the Kyrgyz)
    [InlineData("[Jeenbek Kulubaev|PERSON] summoned the [Russian|NORP] ambassador, [Nikolai Udovichenko|PERSON], to discuss the treatment of [Kyrgyz|NORP] nationals.",
        "CONSULT/asserted 'summoned' actor=Jeenbek Kulubaev recipient=Nikolai Udovichenko")]
    // a partnership is a relation, and imports are supplies, that stopping reduces (they made no event)
    [InlineData("The [United States|LOC] suspended its strategic partnership with [Georgia|LOC].", "SANCTION/asserted 'suspended' actor=United States recipient=Georgia")]
    [InlineData("[Moscow|LOC] halted imports of [Turkmen|NORP] gas in [2016|DATE].", "SANCTION/asserted 'halted' actor=Moscow recipient=Turkmen")]
    // what is discussed is a topic; only "with" names the other party, else the first verb's partner (it read the Russian)
    [InlineData("[Serdar Berdimuhamedov|PERSON] met [Mikhail Mishustin|PERSON] and discussed the resumption of [Russian|NORP] purchases of [Turkmen|NORP] gas.",
        "CONSULT/asserted 'met' actor=Serdar Berdimuhamedov recipient=Mikhail Mishustin | CONSULT/asserted 'discussed' actor=Serdar Berdimuhamedov recipient=Mikhail Mishustin")]
    // a past form after a number or a past form, before a nationality, describes the people (it read an arrest, no release)
    [InlineData("[Venezuela|LOC] released six detained [Americans|NORP] on [Friday|DATE].", "RETREAT/asserted 'released' actor=Venezuela recipient=Americans")]
    [InlineData("[Venezuela|LOC] released detained [Americans|NORP] on [Friday|DATE].", "RETREAT/asserted 'released' actor=Venezuela recipient=Americans")]
    // an unnamed body's leader named right before the verb acts for it (there was no actor)
    [InlineData("The junta led by General [Abdourahamane Tiani|PERSON] ordered ambassador [Sylvain Itte|PERSON] to leave.",
        "SANCTION/asserted 'ordered' actor=Abdourahamane Tiani recipient=Sylvain Itte")]
    [InlineData("The opposition, led by [Maria Corina Machado|PERSON], condemned the meeting.", "ACCUSE/asserted 'condemned' actor=Maria Corina Machado recipient=-")]
    // a name after ", and" that its own verb follows opens a clause (the arrest was lost inside the "with" phrase)
    [InlineData("The [United States|LOC] cut its ties with [Georgia|LOC], and [Washington|LOC] later arrested [Bidzina Ivanishvili|PERSON].",
        "SANCTION/asserted 'cut' actor=United States recipient=Georgia | COERCE/asserted 'arrested' actor=Washington recipient=Bidzina Ivanishvili")]
    // officers named in the plural act for the states "of" names (no event), a state named keeps its name, not its capital's
    [InlineData("The presidents of [Tajikistan|LOC] and [Kyrgyzstan|LOC] signed a treaty on the border in [Bishkek|LOC].",
        "SUPPORT/asserted 'signed a treaty' actor=Tajikistan recipient=Kyrgyzstan")]
    // "both governments" with an object of its own: the object stays the recipient (it read the pair's other state)
    [InlineData("[Armenia|LOC] and [Azerbaijan|LOC] met in [Washington|LOC]. Both governments also asked the [OSCE|ORG] to dissolve the [Minsk Group|ORG].",
        "CONSULT/asserted 'met' actor=Azerbaijan recipient=Armenia | REQUEST/asserted 'asked' actor=Armenia recipient=OSCE")]
    // a people's word before the actor's title is the actor's own, not the "their" it acts on (it read the Russians); the
    // demand names no party
    [InlineData("[Russian|NORP] Foreign Minister [Sergei Lavrov|PERSON] called the arrests unacceptable and demanded their release.",
                "REQUEST/asserted 'demanded' actor=Sergei Lavrov recipient=-")]
    // a pronoun in the subject's case is no preposition's object (no event after "Speaking in Khankendi,")
    [InlineData("[Ilham Aliyev|PERSON] did not back down. Speaking in [Khankendi|LOC], he accused [Moscow|LOC] of treating [Azerbaijan|LOC] as a colony.",
        "ACCUSE/asserted 'accused' actor=Ilham Aliyev recipient=Moscow")]
    // a verb of support before "that" states a fact (it read diplomatic cooperation with the Russians)
    [InlineData("[Vladimir Putin|PERSON] admitted that [Russian|NORP] air defenses had fired at the airliner.", "ASSAULT/asserted 'fired' actor=Russian recipient=-")]
    // a participle after a noun that follows a verb past two modifiers describes it (it read the organizing as Overchuk's)
    [InlineData("[Baku|LOC] cancelled a visit by [Alexei Overchuk|PERSON] and called off all cultural events organized with [Russian|NORP] state bodies.",
        "SANCTION/asserted 'cancelled a visit' actor=Baku recipient=Alexei Overchuk | SANCTION/asserted 'called off' actor=Baku recipient=Russian")]
    // whatever paper one signs "with" a party is an agreement with it (no event)
    [InlineData("[Alexei Likhachev|PERSON] signed a road map with [Almasadam Satkaliyev|PERSON].", "SUPPORT/asserted 'signed' actor=Alexei Likhachev recipient=Almasadam Satkaliyev")]
    // a possessed act's origin after "from" is no actor (it read Idlib)
    [InlineData("The rebels launched their offensive from [Idlib|LOC] on [Nov. 27|DATE].", "")]
    // what is agreed "to" is the act its noun names, one event (it added diplomatic cooperation)
    [InlineData("[Thailand|LOC] and [Cambodia|LOC] agreed on [Monday|DATE] to an immediate and unconditional ceasefire.",
        "AGREE/asserted 'ceasefire' actor=Cambodia recipient=Thailand")]
    // forces sent "into" a place are no cooperation; military targets fix an assault verb's reading, their country attacked
    [InlineData("[Israel|LOC] sent troops into the buffer zone and struck weapons depots across [Syria|LOC].", "MOBILIZE/asserted 'sent' actor=Israel recipient=- | ASSAULT/asserted 'struck' actor=Israel recipient=Syria")]
    // criticism and praise have one reading each (no event without a named party)
    [InlineData("[Maria Zakharova|PERSON] criticized \"non-regional actors\" for interfering.", "ACCUSE/asserted 'criticized' actor=Maria Zakharova recipient=-")]
    // adverbs joined by "and" keep a passive passive (the criticized read as the critic)
    [InlineData("The [Philippines|LOC] was heavily and unjustly criticized by [China|LOC].", "ACCUSE/asserted 'criticized' actor=China recipient=Philippines")]
    // "the council", "the group": a body's head noun after "the" stands for the body named with it before (no recipient; no actor)
    [InlineData("The [U.N. Security Council|ORG] held a meeting. [Therese Wagner|PERSON] urged the council to impose sanctions on [Rwanda|LOC].",
        "CONSULT/asserted 'meeting' actor=U.N. Security Council recipient=- | REQUEST/asserted 'urged' actor=Therese Wagner recipient=U.N. Security Council")]
    [InlineData("The [Wagner Group|ORG] seized [Rostov|LOC]. The group then attacked [Moscow|LOC].",
        "COERCE/asserted 'seized' actor=Wagner Group recipient=Rostov | ASSAULT/asserted 'attacked' actor=Wagner Group recipient=Moscow")]
    // (not a noun that describes another: "the group members")
    [InlineData("The [Wagner Group|ORG] seized [Rostov|LOC]. The group members then attacked [Moscow|LOC].",
        "COERCE/asserted 'seized' actor=Wagner Group recipient=Rostov")]
    // of two patterns as long, an intent's read off a stem yields to the act's written as-is (it read AGREE "sanction")
    [InlineData("The [United States|LOC] lifted sanctions on [Belavia|ORG].", "RETREAT/asserted 'lifted sanctions' actor=United States recipient=Belavia")]
    // a pattern reading a meeting off a verb of praise still needs its party (it read a visit by Lukashenko)
    [InlineData("[Lukashenko|PERSON] praised the visit.", "")]
    // a relation's noun heads its phrase; "ties" are the dictionaries' "relations" (it read a show of military power)
    [InlineData("[Tajikistan|LOC] deepened security ties with [Afghanistan|LOC].", "COOPERATE/asserted 'deepened' actor=Tajikistan recipient=Afghanistan")]
    // a base form after a demand's "that" is demanded, not done (it was asserted)
    [InlineData("[Beijing|LOC] demanded that [Dushanbe|LOC] protect [Chinese|NORP] citizens.",
        "REQUEST/asserted 'demanded' actor=Beijing recipient=Dushanbe | AID/hypothetical 'protect' actor=Dushanbe recipient=Chinese")]
    // projectiles intercepted are seized by no one (it read a seizure)
    [InlineData("[Qatari|NORP] air defenses intercepted most of the [missiles|WEAPON].", "")]
    // "and" before a verb of killing shares the subject; it is no participle (the killing was lost)
    [InlineData("[Israel|LOC] struck [Iran|LOC] and killed commanders of [Hezbollah|ORG].",
        "ASSAULT/asserted 'struck' actor=Israel recipient=Iran | ASSAULT/asserted 'killed' actor=Israel recipient=Hezbollah")]
    // taking a party off a list eases a sanction (it read a deportation)
    [InlineData("[Russia|LOC] removed the [Taliban|ORG] from its list of terrorist organizations.", "CONCEDE/asserted 'removed' actor=Russia recipient=Taliban")]
    // a possessor before a relation's noun; payments stopped are supplies cut (no event either)
    [InlineData("The [African Union|ORG] suspended [Madagascar|LOC]'s membership.", "SANCTION/asserted 'suspended' actor=African Union recipient=Madagascar")]
    [InlineData("The [Kremlin|ORG] suspended payments to [Abkhaz|NORP] state employees.", "SANCTION/asserted 'suspended' actor=Kremlin recipient=Abkhaz")]
    // a body's noun before "'s" is a possessor, no party (it read the party paid)
    [InlineData("[Evghenia Gutsul|PERSON] led the [Shor Party|ORG]. She paid protesters during the party's campaign.", "")]
    // a clause of "after" has its own subject, past a place in a phrase (it read the protest as the resigning leader's); the
    // supporters' storming is their riot
    [InlineData("[Aslan Bzhania|PERSON] resigned after supporters stormed the building in [Sukhumi|LOC] to protest an agreement.",
        "RETREAT/asserted 'resigned' actor=Aslan Bzhania recipient=- | PROTEST/asserted 'stormed' actor=- recipient=-")]
    // a participle after a list of names set off by commas shares the clause's subject (it read the bombed facilities' people)
    [InlineData("The [United States|LOC] bombed three [Iranian|NORP] nuclear facilities at [Fordow|LOC], [Natanz|LOC] and [Isfahan|LOC] on [Saturday|DATE], joining [Israel|LOC]'s campaign.",
        "ASSAULT/asserted 'bombed' actor=United States recipient=Iranian | SUPPORT/asserted 'joining' actor=United States recipient=Israel")]
    // what a denied act is done to is no party to the denial (it read the TTP)
    [InlineData("The [Taliban|ORG] government denied sheltering the [TTP|ORG] and accused [Pakistan|LOC] of violating its airspace.",
        "REJECT/asserted 'denied' actor=Taliban recipient=- | ACCUSE/asserted 'accused' actor=Taliban recipient=Pakistan")]
    // a verb of speech after "and", past a reported clause, is the speaker's (it read Yerevan warning)
    [InlineData("[Sergei Lavrov|PERSON] told reporters that [Yerevan|LOC] was making a big mistake and warned [Armenia|LOC].",
        "THREATEN/asserted 'warned' actor=Sergei Lavrov recipient=Armenia")]
    // a body's noun owning the subject acts for the body named before (no event)
    [InlineData("The [International Criminal Court|ORG] opened an inquiry. The court's prosecutor accused the [RSF|ORG] of war crimes.",
        "COERCE/asserted 'accused' actor=International Criminal Court recipient=RSF")]
    // after a name that a verb of force begins its object with, an "-s" form is a noun (it read "Hamas targets" as Hamas's act)
    [InlineData("The [Israeli|NORP] military said it had struck [Hamas|ORG] targets in [Rafah|LOC] after two soldiers were killed.", "ASSAULT/asserted 'struck' actor=Israeli recipient=Hamas")]
    // an act's noun before the noun of the group behind it is no act (it read the general's protest)
    [InlineData("[Ashok Raj Sigdel|PERSON] met leaders of the protest movement.", "")]
    // a hostile act a threat names is threatened (it read an assault)
    [InlineData("The [European Commission|ORG] fined [Google|ORG] despite a threat by [Donald Trump|PERSON] to retaliate against [EU|ORG] rules.",
        "COERCE/asserted 'fined' actor=European Commission recipient=Google | THREATEN/asserted 'retaliate' actor=Donald Trump recipient=EU")]
    // a pledge of a thing is no act between its co-subjects (it read the bank pledging to the fund)
    [InlineData("The [Asian Infrastructure Investment Bank|ORG] and the [OPEC Fund|ORG] pledged loans.", "")]
    // a capital named as a party stands for its state among "the two countries" (it read two states named before)
    [InlineData("[Tajikistan|LOC] and [Turkmenistan|LOC] share a river. Relations between [Tashkent|LOC] and [Dushanbe|LOC] have improved. The two countries signed a treaty.",
        "SUPPORT/asserted 'signed' actor=Tashkent recipient=Dushanbe")]
    // to consider a place part of one's sphere consults no one; to join a body meets no one
    [InlineData("[Moscow|LOC] considers [Central Asia|LOC] part of its sphere of influence.", "")]
    [InlineData("[Armenia|LOC] has no plans to join [NATO|ORG].", "")]
    // what one is punished for is a charge, no act (it read the Kyrgyz protesting)
    [InlineData("[Human Rights Watch|ORG] urged the [Kyrgyz|NORP] authorities to free all those detained for peaceful protest.",
        "REQUEST/asserted 'urged' actor=Human Rights Watch recipient=Kyrgyz")]
    // what is expressed decides the act: interest is intent to cooperate (it read disapproval); anything else is none
    [InlineData("[MOL|ORG] has expressed interest in buying the [Russian|NORP] share.", "AGREE/asserted 'expressed' actor=MOL recipient=Russian")]
    [InlineData("[Putin|PERSON] expressed hope for better ties with [Erdogan|PERSON].", "")]
    // an act after a passive's "by" with no party before its noun has no named doer (it read Kazakhstan striking)
    [InlineData("[Kazakhstan|LOC] Hit by [Drone|WEAPON] Strike on Pipeline Facility", "")]
    // a participle spelt as its base form after "was" is passive (it read Kharkiv hitting the Russians)
    [InlineData("[Kharkiv|LOC] was hit by [Russian|NORP] strikes on [Monday|DATE].",
        "ASSAULT/asserted 'hit' actor=Russian recipient=Kharkiv | ASSAULT/asserted 'strikes' actor=Russian recipient=-")]
    // another's protest, rejected, was still made (it was negated)
    [InlineData("[Heorhiy Tykhyi|PERSON] rejected [Astana|LOC]'s protest.", "REJECT/asserted 'rejected' actor=Heorhiy Tykhyi recipient=Astana | ACCUSE/asserted 'protest' actor=Astana recipient=-")]
    // in a title "as", a name and a present verb open a clause of their own (it read Washington killed)
    [InlineData("[Venezuela|LOC] says strike on boat killed fishermen as [Washington|LOC] expands campaign", "")]
    // sharing is a relation one suspends (no event)
    [InlineData("[Gustavo Petro|PERSON] suspended intelligence sharing with the [United States|LOC].", "SANCTION/asserted 'suspended' actor=Gustavo Petro recipient=United States")]
    // the subject of what is denied is no party to the denial (it read Washington denied); the speaker denies responsibility
    [InlineData("[Donald Trump|PERSON] denied that [Washington|LOC] wanted war.", "REJECT/asserted 'denied' actor=Donald Trump recipient=-")]
    // to give a party time gives it nothing (it read cooperation)
    [InlineData("The [U.S.|LOC] gave [NIS|ORG] until [October|DATE] to find a buyer.", "")]
    // an infinitive right after a verb of aiming or planning has that verb's subject, not the speaker's (it read the speaker seizing power)
    [InlineData("[Dorin Recean|PERSON] said the plot aimed to seize power.", "")]
    // arms sent to a sea or a region are deployed, no aid (it read aid to the Caribbean): a mobilisation
    [InlineData("The [U.S. Navy|ORG] has sent the [aircraft carrier|WEAPON] to the [Caribbean|LOC].", "MOBILIZE/asserted 'sent' actor=U.S. Navy recipient=Caribbean")]
    // a verb of speech after "and", past a speech verb's "that" clause, is the speaker's (it read Baku calling)
    [InlineData("[Russian|NORP] officials warned that [Baku|LOC]'s actions would damage relations and called on the [Azerbaijani|NORP] authorities to release the detainees.",
        "THREATEN/asserted 'warned' actor=Russian recipient=Baku | REQUEST/asserted 'called' actor=Russian recipient=Azerbaijani")]
    // a body's noun after a preposition of place says where (it read the court protested against)
    [InlineData("The [Constitutional Court|ORG] met. [Yoon|PERSON]'s supporters rallied outside the court.", "PROTEST/asserted 'rallied' actor=Yoon recipient=-")]
    // a title's past form of a verb done to someone, with no object, is passive (it read Yoon arresting)
    [InlineData("[South Korea|LOC]'s [Yoon|PERSON] arrested over martial law bid\n\nInvestigators acted on Wednesday.", "")]
    // … and one whose only object is a sum (it read Apple fining the EU)
    [InlineData("[Apple|ORG] Fined [500 Million Euros|MONEY] Under [EU|ORG] Digital Rules\n\nThe fine was imposed on Wednesday.",
        "COERCE/asserted 'Fined' actor=EU recipient=Apple")]
    // a place and a date between "agreed" and its infinitive (it read diplomatic cooperation)
    [InlineData("[Shavkat Mirziyoyev|PERSON] and [Kassym-Jomart Tokayev|PERSON] agreed in [Tashkent|LOC] on [December 22|DATE] to build an industrial zone.",
        "AGREE/asserted 'agreed in Tashkent on December 22 to build' actor=Kassym-Jomart Tokayev recipient=Shavkat Mirziyoyev")]
    // "the junta" stands for the state whose ruling body was named so before (it had no actor)
    [InlineData("[Niger|LOC]'s military government expelled the ambassador. The junta, which seized power in [July|DATE], accused [Paris|LOC] of interfering.",
        "SANCTION/asserted 'expelled' actor=Niger recipient=- | ACCUSE/asserted 'accused' actor=Niger recipient=Paris")]
    // a state's protest is a complaint lodged (it read a street protest)
    [InlineData("[Philippines|LOC] protests [Chinese|NORP] water cannon attack", "ACCUSE/asserted 'protests' actor=Philippines recipient=Chinese | ASSAULT/asserted 'attack' actor=Chinese recipient=-")]
    // a veto acts on a legislature's text (no event); appointing an official is no act between parties (it read cooperation)
    [InlineData("President [Salome Zourabichvili|PERSON] vetoed the bill on [May 18|DATE].", "REJECT/asserted 'vetoed' actor=Salome Zourabichvili recipient=-")]
    [InlineData("[Tokayev|PERSON] appointed Deputy Prime Minister [Roman Sklyar|PERSON] as acting prime minister.", "")]
    // a complaint's noun among the verb's pattern words makes the act with no party named, and is the verb's (it read the Chinese protesting)
    [InlineData("The [Philippines|LOC] summoned a [Chinese|NORP] diplomat and lodged a diplomatic protest after [Chinese|NORP] ships fired water cannons.",
        "CONSULT/asserted 'summoned' actor=Philippines recipient=Chinese | ACCUSE/asserted 'lodged' actor=Philippines recipient=-")]
    // a pronoun joined to a name by "and" is the name's partner, after or before it (no event: the pronoun was no party)
    [InlineData("[Tokayev|PERSON] arrived on [Monday|DATE]. He and [Vladimir Putin|PERSON] signed a declaration.",
        "SUPPORT/asserted 'signed' actor=Vladimir Putin recipient=Tokayev")]
    // (a person after an opening phrase of place is none of its list since session 30: the nearest name acts, as above)
    [InlineData("[Tokayev|PERSON] arrived on [Monday|DATE]. In [Moscow|LOC], he and [Putin|PERSON] signed a treaty.",
        "SUPPORT/asserted 'signed' actor=Putin recipient=Tokayev")]
    // a sentence that opened with "he" hands it on from the sentence before it (it read Lukashenko accusing)
    [InlineData("[Tokayev|PERSON] landed in [Minsk|LOC]. He met [Lukashenko|PERSON]. He then accused [Putin|PERSON] of lying.",
        "CONSULT/asserted 'met' actor=Tokayev recipient=Lukashenko | ACCUSE/asserted 'accused' actor=Tokayev recipient=Putin")]
    // "the two sides" after a sentence that names two parties are those two, not the pair of the latest act before
    // (it read Trump and al-Sisi accusing each other)
    [InlineData("[Trump|PERSON] met [Abdel Fattah al-Sisi|PERSON]. [Hamas|ORG] has not agreed to disarm, a central demand of [Israel|LOC], and the two sides accused each other of violating the truce.",
        "CONSULT/asserted 'met' actor=Trump recipient=Abdel Fattah al-Sisi | AGREE/negated 'agreed to disarm' actor=Hamas recipient=- | REQUEST/asserted 'demand' actor=Israel recipient=- | ACCUSE/asserted 'accused' actor=Hamas recipient=Israel")]
    // a title's clause of "as" in sentence case has its own parties (it read West Kordofan seized)
    [InlineData("[Sudan|LOC]'s [RSF|ORG] seizes key town as army retreats from [West Kordofan|LOC]\n\nThe fighting went on.", "COERCE/asserted 'seizes' actor=RSF recipient=-")]
    // a verb's "with" is no absolute clause; those acting for a possessor seek "his" release for him (it read the court seeking)
    [InlineData("President [Ferdinand Marcos Jr.|PERSON] spoke. [Duterte|PERSON]'s lawyers filed a petition with the [Supreme Court|ORG] seeking his release.", "")]
    // protests measured in weeks that a verb of ending governs are nobody's act (it read the removed prime minister protesting)
    [InlineData("The vote removed Prime Minister [Oyun-Erdene|PERSON] from office, ending weeks of street protests in [Ulaanbaatar|LOC].", "")]
    // a denied act is not told as done (denied in a clause of "that", it is the denial's pattern, no act of its own)
    [InlineData("The [United Arab Emirates|LOC] denied accusations that it had armed the [RSF|ORG].", "REJECT/asserted 'denied' actor=United Arab Emirates recipient=- | COOPERATE/hypothetical 'armed' actor=United Arab Emirates recipient=RSF")]
    [InlineData("[Russia|LOC] denied that it had attacked [Ukraine|LOC].", "REJECT/asserted 'denied' actor=Russia recipient=-")]
    // what a false report tells of did not take place, however far from the report's noun (both read asserted)
    [InlineData("Hackers published a false report that Prime Minister [Donald Tusk|PERSON] had ordered the mobilization of 200,000 men for deployment to [Ukraine|LOC].",
        "MOBILIZE/negated 'mobilization' actor=Donald Tusk recipient=- | MOBILIZE/negated 'deployment' actor=Donald Tusk recipient=Ukraine")]
    // a verb of speech with its own "that" after "and" joins the verb that reported the clause before it (it read the air
    // defences promising), and to approach a place is no approach to a party (it read them approaching Grozny)
    [InlineData("[Putin|PERSON] told [Aliyev|PERSON] that [Russian|NORP] air defenses had fired two missiles at the aircraft as it approached [Grozny|LOC] and promised that those responsible would be punished.",
        "ASSAULT/asserted 'fired' actor=Russian recipient=- | AGREE/asserted 'promised' actor=Putin recipient=Aliyev")]
    // an act's noun in a phrase set off after the act sums it up (it read a second meeting, a second agreement)
    [InlineData("[Ilham Aliyev|PERSON] and [Vladimir Putin|PERSON] met in [Dushanbe|LOC] on [October 9|DATE], their first meeting since relations collapsed.",
        "CONSULT/asserted 'met' actor=Vladimir Putin recipient=Ilham Aliyev")]
    [InlineData("[Washington|LOC] signed a protocol on market access with [Tashkent|LOC] on [July 17|DATE], the 25th such agreement [Uzbekistan|LOC] has concluded.",
        "SUPPORT/asserted 'signed' actor=Washington recipient=Tashkent")]
    // a participle after a demanded clause adds to the verb of demand (it read the Catholicos accusing Pashinyan)
    [InlineData("[Pashinyan|PERSON] has demanded that Catholicos [Karekin II|PERSON] resign, accusing him of violating his vow.",
        "REQUEST/asserted 'demanded' actor=Pashinyan recipient=Karekin II | RETREAT/hypothetical 'resign' actor=Karekin II recipient=- | ACCUSE/asserted 'accusing' actor=Pashinyan recipient=Karekin II")]
    // a place that is no state before an attack's noun is where it happened (it read Kashmir attacking Islamabad)
    [InlineData("[India|LOC] strikes [Pakistan|LOC] after [Kashmir|LOC] attack, [Islamabad|LOC] vows response\n\nThe army said so.",
        "ASSAULT/asserted 'strikes' actor=India recipient=Pakistan")]
    // a number counts the targets before the state they lie in (it had no target)
    [InlineData("[India|LOC] launched strikes on 9 sites in [Pakistan|LOC].", "ASSAULT/asserted 'strikes' actor=India recipient=Pakistan")]
    // a place joined to a location by "and the" is a location too, and a clause of "what" has its own parties (it read
    // the Pacific and Washington attacked; boats destroyed, past their count, are a target struck)
    [InlineData("The [U.S.|LOC] military has destroyed more than 20 boats in the [Caribbean|LOC] and the [Pacific|LOC].", "ASSAULT/asserted 'destroyed' actor=U.S. recipient=-")]
    [InlineData("[Trump|PERSON] did not rule out military action against what [Washington|LOC] calls drug-trafficking cartels.", "")]
    // a verb that orders an act and makes none of its own leaves the act to its subject (it had no event)
    [InlineData("[Maduro|PERSON] ordered the mobilization of 200,000 troops.", "MOBILIZE/asserted 'mobilization' actor=Maduro recipient=-")]
    // a word the dictionary lacks after "agreed to" and before its object's modifier is the act agreed to (it read support)
    [InlineData("[Tashkent|LOC] and [Ashgabat|LOC] have also agreed to double bilateral trade.", "AGREE/asserted 'agreed to double' actor=Ashgabat recipient=Tashkent")]
    // a name after "as" opens a clause, in no phrase (it read Transnistria refusing to pay)
    [InlineData("[Transnistria|LOC] is left without gas as [Moldova|LOC] refuses to pay [Gazprom|ORG]'s claim.", "REJECT/asserted 'refuses' actor=Moldova recipient=Gazprom")]
    // a verb of speech after "and" joins the verb that reported the clause before it, past that clause's verbs (it read Minsk asking)
    [InlineData("[Lukashenka|PERSON] told [Coale|PERSON] that [Minsk|LOC] was ready for talks with the [United States|LOC] and asked him to convey greetings.",
        "AGREE/asserted 'ready for talks' actor=Minsk recipient=United States | REQUEST/asserted 'asked' actor=Lukashenka recipient=Coale")]
    // a headline's comma joins two names as "and" does (it had no second party)
    [InlineData("[Congo|LOC], [Rwanda|LOC] sign peace deal in [Washington|LOC]\n\nThe deal was welcomed.", "SUPPORT/asserted 'sign' actor=Rwanda recipient=Congo")]
    // a paper's noun signed is an agreement signed, whoever signs it (it made no event)
    [InlineData("[Therese Kayikwamba Wagner|PERSON] and her [Rwandan|NORP] counterpart [Olivier Nduhungirehe|PERSON] signed the document.",
        "SUPPORT/asserted 'signed' actor=Olivier Nduhungirehe recipient=Therese Kayikwamba Wagner")]
    // "he" right after a verb of saying is its speaker; a hope to act is an intent (it read Trump hoping, and an appeal)
    [InlineData("[Felix Tshisekedi|PERSON] thanked [Trump|PERSON] for his efforts and said he hoped to visit [Washington|LOC] soon.",
        "SUPPORT/asserted 'thanked' actor=Felix Tshisekedi recipient=Trump | AGREE/asserted 'hoped to visit' actor=Felix Tshisekedi recipient=Washington")]
    // "they" after a clause whose subject is an unnamed plural stands for it (it read the Law Society defying)
    [InlineData("The [Law Society|ORG] condemned the killings. Several television stations were taken off air after they defied an order by the [Communications Authority|ORG].",
        "ACCUSE/asserted 'condemned' actor=Law Society recipient=-")]
    // an infinitive of any attempt a verb blocks is no act of the blocker (it read Russia reimposing)
    [InlineData("[Russia|LOC] said it would block any attempt to reimpose the sanctions.", "")]
    // burning one's own weapons is to disarm, done to no one; "in northern Iraq" says where (it made no event)
    [InlineData("Around 30 fighters of the [Kurdistan Workers Party|ORG] burned their weapons at a ceremony in northern [Iraq|LOC].",
        "RETREAT/asserted 'burned' actor=Kurdistan Workers Party recipient=-")]
    // a road map is a paper signed, and a verb after "and" shares the partner of the meeting before it (it made no event)
    [InlineData("[Alexei Likhachev|PERSON] met [Tokayev|PERSON] in [Astana|LOC] and signed a road map for the project.",
        "CONSULT/asserted 'met' actor=Alexei Likhachev recipient=Tokayev | SUPPORT/asserted 'signed' actor=Alexei Likhachev recipient=Tokayev")]
    // those who die in an attack did not make it (it read the Chinese workers attacking)
    [InlineData("Two more [Chinese|NORP] workers died on [November 30|DATE] in a second attack near [Darvoz|LOC].", "")]
    // the agent of a participle describing the object is no party (it read a visit to Medinsky)
    [InlineData("[Putin|PERSON] did not travel to [Turkey|LOC], sending instead a delegation headed by his aide [Vladimir Medinsky|PERSON].",
        "CONSULT/negated 'travel' actor=Putin recipient=Turkey")]
    // a challenge is a noun of intent whose possessor's act its infinitive names (it read Putin meeting Zelenskiy)
    [InlineData("[Putin|PERSON] did not come despite [Zelenskiy|PERSON]'s challenge to meet him in person.", "AGREE/anticipated 'meet' actor=Zelenskiy recipient=Putin")]
    // drills are a show of force, joint ones military cooperation (it made no event)
    [InlineData("[China|LOC] launched live-fire drills on [Monday|DATE].", "MOBILIZE/asserted 'drills' actor=China recipient=-")]
    [InlineData("[South Korea|LOC] and [Japan|LOC] have expanded joint military drills.", "COOPERATE/asserted 'drills' actor=Japan recipient=South Korea")]
    // a subject whose state's phrase follows has its partner named after "and" (it had none, and made no event); since session
    // 30 the second is no part of the first's "of" phrase, so it is the nearer subject, as in "X and Y met"
    [InlineData("Deputy Prime Ministers [Mher Grigoryan|PERSON] of [Armenia|LOC] and [Shahin Mustafayev|PERSON] of [Azerbaijan|LOC] met on the border.",
        "CONSULT/asserted 'met' actor=Shahin Mustafayev recipient=Mher Grigoryan")]
    // a lawsuit submitted is one brought, no yielding; the subject pronoun of a relative clause on the object stands for the
    // sentence's subject (it read CONCEDE, and the United National Movement accusing)
    [InlineData("[Georgian Dream|ORG] submitted a lawsuit to the [Constitutional Court|ORG] seeking to ban the [United National Movement|ORG] and two other parties, which it accuses of being a criminal force.",
        "ACCUSE/asserted 'submitted' actor=Georgian Dream recipient=Constitutional Court | THREATEN/anticipated 'seeking to ban' actor=Georgian Dream recipient=United National Movement | ACCUSE/asserted 'accuses' actor=Georgian Dream recipient=-")]
    [InlineData("[Armenia|LOC] submitted a proposal to [Baku|LOC].", "")]
    // after "to" a verb the dictionary lacks is that verb, whose act is the one called for (it read an asserted sanction)
    [InlineData("The [European Parliament|ORG] called on the [EU|ORG] to sanction [Bidzina Ivanishvili|PERSON].", "REQUEST/asserted 'called' actor=European Parliament recipient=EU")]
    // an official's resignation is PLOVER's RETREAT, done to no one (it read CONCEDE, which needs a party, and made no event)
    [InlineData("Prime Minister [Milos Vucevic|PERSON] resigned in [January|DATE].", "RETREAT/asserted 'resigned' actor=Milos Vucevic recipient=-")]
    [InlineData("[Bakiyev|PERSON] stepped down in [April|DATE].", "RETREAT/asserted 'stepped' actor=Bakiyev recipient=-")]
    // an ordinal after the comma sums up the act, as an article and an ordinal do (it read a second visit)
    [InlineData("[Sharaa|PERSON] met [Trump|PERSON] on [Monday|DATE], first visit by a [Syrian|NORP] leader.", "CONSULT/asserted 'met' actor=Sharaa recipient=Trump")]
    // an act the words of an accusation are about, after "over", is another's (it read Azerbaijan striking)
    [InlineData("[Russia|LOC] and [Azerbaijan|LOC] Trade Accusations Over Drone Strike on Embassy\n\nThe row grew.", "ACCUSE/asserted 'Trade' actor=Azerbaijan recipient=Russia | ACCUSE/asserted 'Trade' actor=Russia recipient=Azerbaijan")]
    // an act's noun before "list" names the list (it read U.N. sanctions)
    [InlineData("[Sharaa|PERSON] was on a [U.N.|ORG] terrorism sanctions list until [last week|DATE].", "")]
    // a person inside a relative clause closed before the pronoun is no antecedent (it read Assad removed)
    [InlineData("[Sharaa|PERSON], whose group overthrew [Bashar al-Assad|PERSON] in [December 2024|DATE], was on a list until the [Security Council|ORG] voted to remove him.",
        "ASSAULT/asserted 'overthrew' actor=Sharaa recipient=Bashar al-Assad | AGREE/asserted 'voted to remove' actor=Security Council recipient=Sharaa")]
    // the topic of talks is not yet made (it read an agreement between them)
    [InlineData("[Israel|LOC] and [Syria|LOC] have held talks on a security agreement.", "CONSULT/asserted 'held' actor=Syria recipient=Israel")]
    // to block a measure is a veto (REJECT), and the acts of the package blocked are not done (it read coercion, and
    // asserted sanctions)
    [InlineData("[Hungary|LOC] blocked the [European Union|ORG]'s 20th package of sanctions against [Russia|LOC].",
        "REJECT/asserted 'blocked' actor=Hungary recipient=European Union | COERCE/negated 'sanctions' actor=European Union recipient=Russia")]
    // a protest a state's envoy is summoned to receive is a complaint lodged (it read a street protest)
    [InlineData("[Azerbaijan|LOC] summoned the [Russian|NORP] ambassador to deliver a note of protest.",
        "CONSULT/asserted 'summoned' actor=Azerbaijan recipient=Russian | ACCUSE/asserted 'deliver' actor=Azerbaijan recipient=-")]
    // a count of papers signed is their modifier (it made no event)
    [InlineData("[Shavkat Mirziyoyev|PERSON] and [Kassym-Jomart Tokayev|PERSON] signed more than 20 documents on trade.",
        "SUPPORT/asserted 'signed' actor=Kassym-Jomart Tokayev recipient=Shavkat Mirziyoyev")]
    // a meeting's "at" names where, no target (it read the White House met)
    [InlineData("[Sharaa|PERSON] meets [Trump|PERSON] at [White House|ORG]\n\nThe talks went well.", "CONSULT/asserted 'meets' actor=Sharaa recipient=Trump")]
    // the person in apposition to "a title of X" is the party, past X's description (it read the newspaper deported)
    [InlineData("[Kyrgyz|NORP] authorities deported a correspondent of the [Russian|NORP] newspaper [Novaya Gazeta|ORG], [Yevgeny Sokolov|PERSON], on [March 12|DATE].",
        "COERCE/asserted 'deported' actor=Kyrgyz recipient=Yevgeny Sokolov")]
    // a body another party owns, in a phrase of place, makes no place the actor; nor does a name inside "between" (it read
    // actor=Aleppo, then actor=SDF: "forces" read a verb)
    [InlineData("Sporadic clashes between government forces and [SDF|ORG] units in [Aleppo|LOC] killed two civilians.", "")]
    // names listed as a verb's objects, a time after them, then "to": a purpose, the subject's (it read actor=Kyiv recipient=Moscow);
    // since session 30 each object is visited
    [InlineData("[Grossi|PERSON] is expected to visit [Moscow|LOC] and [Kyiv|LOC] [next month|DATE] to discuss the plant's future.",
                "AGREE/anticipated 'visit' actor=Grossi recipient=Moscow | AGREE/anticipated 'visit' actor=Grossi recipient=Kyiv")]
    // a deal, pact or treaty signed is an agreement signed (SUPPORT, CAMEO 057; it read AGREE 'deal')
    [InlineData("[Ahmed al-Sharaa|PERSON] and [Mazloum Abdi|PERSON] signed the deal in the capital.",
                "SUPPORT/asserted 'signed' actor=Mazloum Abdi recipient=Ahmed al-Sharaa")]
    // one state's exercises are a show of force (PLOVER's manual), held with another cooperation (all read COOPERATE)
    [InlineData("[Russia|LOC]'s [Caspian Flotilla|ORG] held large-scale exercises in the northern Caspian.", "MOBILIZE/asserted 'exercises' actor=Caspian Flotilla recipient=-")]
    [InlineData("[Belarus|LOC] held exercises with [Russia|LOC].", "COOPERATE/asserted 'exercises' actor=Belarus recipient=Russia")]
    // a nationality before a title with its portfolio describes the person after it (it read recipient=European)
    [InlineData("[Rashid Meredov|PERSON] met with [European|NORP] Commissioner for Energy [Dan Jorgensen|PERSON] in [Brussels|LOC].",
                "CONSULT/asserted 'met with' actor=Rashid Meredov recipient=Dan Jorgensen")]
    // what "the status of the" names is a topic, no one warned (it read THREATEN recipient=Russian)
    [InlineData("[Konstantin Zatulin|PERSON] warned that the changes might weaken the status of the [Russian|NORP] language.", "")]
    // "the" act's noun in a preposition's phrase, after an act of its type in an earlier sentence, is that act (it read
    // MOBILIZE actor=Kazakhstan a second time)
    [InlineData("[Russia|LOC] held exercises in the Caspian. [Kazakhstan|LOC] did not send observers to the exercises.",
                "MOBILIZE/asserted 'exercises' actor=Russia recipient=-")]
    // "the government", no state named with it, is the state of a wire story's dateline (there was no actor, so no event)
    [InlineData("[YAOUNDE|LOC|Yaounde], Oct 27 (Reuters) - The government banned all demonstrations and accused [Tchiroma|PERSON] of inciting violence.",
                "COERCE/asserted 'banned' actor=Yaounde recipient=- | ACCUSE/asserted 'accused' actor=Yaounde recipient=Tchiroma")]
    // a headline's paper signed may have capitalised modifiers (it read AGREE 'Deal')
    [InlineData("[Dushanbe|LOC] Signs Water Deal With [Tashkent|LOC]\n\nDetails were not released.",
                "SUPPORT/asserted 'Signs' actor=Dushanbe recipient=Tashkent")]
    // "was to blame" is no accusation (it read ACCUSE)
    [InlineData("[Putin|PERSON] stopped short of admitting that [Russia|LOC] was to blame.", "")]
    // an act's noun a verb after "and" stages is that verb's subject's (it read MOBILIZE actor=Washington)
    [InlineData("[Nicolas Maduro|PERSON] accused [Washington|LOC] of preparing an invasion and ordered the mobilization of reservists.",
                "ACCUSE/asserted 'accused' actor=Nicolas Maduro recipient=Washington | MOBILIZE/asserted 'mobilization' actor=Nicolas Maduro recipient=-")]
    // "in the eastern Pacific" is where, past its article and compass word (it read recipient=Pacific)
    [InlineData("The [U.S.|LOC] military struck a vessel allegedly carrying drugs in the eastern [Pacific|LOC].", "ASSAULT/asserted 'struck' actor=U.S. recipient=-")]
    // a resignation announced or handed in is one, a demanded one not (there was none, or CONCEDE with no party); the noun
    // is its trigger, whatever the verb
    [InlineData("[Rosen Zhelyazkov|PERSON] announced the resignation of his government.", "RETREAT/asserted 'resignation' actor=Rosen Zhelyazkov recipient=-")]
    [InlineData("[Irakli Kobakhidze|PERSON] tendered his resignation.", "RETREAT/asserted 'resignation' actor=Irakli Kobakhidze recipient=-")]
    [InlineData("Protesters demanded the resignation of [Kobakhidze|PERSON].", "")]
    // a people named in the plural opening the sentence is a subject before its verb, past the "of" that counts them (there
    // was no event); not an object before a participle or a verb ("ordered" read Benin's request, "arrived" the Palestinians' visit)
    [InlineData("Thousands of [Iraqi|NORP] [Kurds|NORP] demonstrated in [Kirkuk|LOC] on Sunday.", "PROTEST/asserted 'demonstrated' actor=Kurds recipient=-")]
    [InlineData("[Benin|LOC] opened its borders to most [West Africans|NORP] ordered out of [Nigeria|LOC].", "SUPPORT/asserted 'opened' actor=Benin recipient=West Africans")]
    // past the sentence's dateline, as for any clause's opening (a wire's lead made no event)
    [InlineData("[KABUL|LOC] (Reuters) - Thousands of [Afghans|NORP] protested on Friday.", "PROTEST/asserted 'protested' actor=Afghans recipient=-")]
    [InlineData("Buses carrying the released [Palestinians|NORP] arrived in [Ramallah|LOC].", "")]
    // a conflictual act said to come or vowed is a threat (PLOVER), not a purpose, an attempt or a decision announced
    [InlineData("[Palestinian|NORP] leaders said they would boycott all official contact with the [United States|LOC].",
                "THREATEN/anticipated 'boycott' actor=Palestinian recipient=United States")]
    [InlineData("[North Korea|LOC] has tried to hack the computers of [South Korean|NORP] officers.", "COERCE/anticipated 'hack' actor=North Korea recipient=South Korean")]
    [InlineData("The [United States|LOC] announced it would prohibit all aid to [Albanian|NORP] rebels.", "SANCTION/anticipated 'prohibit' actor=United States recipient=Albanian")]
    // a curfew or a state of emergency lifted is a concession (PLOVER's manual; the 2021 table says RETREAT), with or without
    // a party (there was no event)
    [InlineData("[Serbia|LOC] lifted a night curfew in [Montenegro|LOC].", "CONCEDE/asserted 'lifted' actor=Serbia recipient=-")]
    [InlineData("[Sudan|LOC]'s government lifted a state of emergency in [West Darfur|LOC].", "CONCEDE/asserted 'lifted' actor=Sudan recipient=-")]
    [InlineData("[Sadyr Japarov|PERSON] signed a law allowing the state to appoint an external manager.", "")]
    // a truce declared and a surrender are RETREAT, done to no one (there was no event: "surrendered" read a yielding that
    // needs a party); an act's noun before a force's noun names the force (it read COERCE 'invasion')
    [InlineData("The [Hizbollah|ORG] group declared a unilateral ceasefire in [Lebanon|LOC].", "RETREAT/asserted 'declared' actor=Hizbollah recipient=-")]
    [InlineData("Five hundred [Ugandan|NORP] rebels surrendered last week.", "RETREAT/asserted 'surrendered' actor=Ugandan recipient=-")]
    [InlineData("The [United States|LOC] speeded up the withdrawal of some invasion forces from [Panama|LOC].", "")]
    // an agreement signed is one signed wherever the dictionary's pattern fails to reach it (a time between: it read AGREE 'agreement')
    [InlineData("[Czechia|LOC] and [China|LOC] signed an agreement today to increase trade.", "SUPPORT/asserted 'signed' actor=China recipient=Czechia")]
    // whatever is given that is aid is aid, past its recipient and amount (it read COOPERATE)
    [InlineData("The [European Community|ORG] gave the [Ivory Coast|LOC] [5.1 million dollars|MONEY] of aid for farm projects.",
                "AID/asserted 'gave' actor=European Community recipient=Ivory Coast")]
    // "demand" has one reading: a demand with no party named is one (PLOVER's REQUEST needs no recipient; there was no event)
    [InlineData("[Andreas Papandreou|PERSON] demanded immediate elections.", "REQUEST/asserted 'demanded' actor=Andreas Papandreou recipient=-")]
    // to rally with no object is to demonstrate (it read MOBILIZE, a show of force)
    [InlineData("Thousands of [Georgians|NORP] rallied in [Tbilisi|LOC] on Sunday.", "PROTEST/asserted 'rallied' actor=Georgians recipient=-")]
    // "confiscate" has one reading: no second party needed (there was no event)
    [InlineData("[Palestinian|NORP] police in [Jericho|LOC] confiscated weapons and explosives from armed groups.", "COERCE/asserted 'confiscated' actor=Palestinian recipient=-")]
    // an act proposed is yet to come (it read asserted COOPERATE)
    [InlineData("[Alexander Lukashenko|PERSON], for his part, proposed holding joint exercises in [Belarus|LOC] [next year|DATE].",
                "AGREE/anticipated 'exercises' actor=Alexander Lukashenko recipient=-")]
    // a participle and its phrase after people who are a verb's object describe them (it read the Cambodians capturing)
    [InlineData("[Thailand|LOC] will release 18 [Cambodian|NORP] soldiers captured in [July|DATE].", "AGREE/anticipated 'release' actor=Thailand recipient=Cambodian")]
    // a verb's form read as a noun before a past form is the subject, no verb the participle follows ("forces": none was read)
    [InlineData("[Israeli|NORP] forces arrested three [Palestinians|NORP] in [Hebron|LOC].", "COERCE/asserted 'arrested' actor=Israeli recipient=Palestinians")]
    [InlineData("[Serb|NORP] forces killed three ethnic [Albanians|NORP] in a gunbattle.", "ASSAULT/asserted 'killed' actor=Serb recipient=Albanians")]
    // a settlement or a vessel as the object fixes the physical reading of a verb of many readings (neither made an event)
    [InlineData("[NATO|ORG] attacked a village near [Kharkiv|LOC].", "ASSAULT/asserted 'attacked' actor=NATO recipient=-")]
    [InlineData("[Iranian|NORP] commandos seized an oil tanker in the [Gulf of Oman|LOC].", "COERCE/asserted 'seized' actor=Iranian recipient=-")]
    // ... past a word whose first part is a name, and past a count
    [InlineData("[Houthi|NORP] rebels attacked a Greek-flagged oil tanker on [Wednesday|DATE].", "ASSAULT/asserted 'attacked' actor=Houthi recipient=-")]
    [InlineData("The [Houthis|NORP] have attacked more than 80 merchant vessels since [November|DATE].", "ASSAULT/asserted 'attacked' actor=Houthis recipient=-")]
    // people it is done to fix the physical reading too: as a passive's subject (no event was made) or the object
    [InlineData("Five civilians were killed by [Israeli|NORP] forces in [Gaza|LOC] on [Tuesday|DATE].", "ASSAULT/asserted 'killed' actor=Israeli recipient=-")]
    // the doers of an act are no word of the act: "protesters" matched a pattern's "protest" ("held a protest": PROTEST)
    [InlineData("[NATO|ORG] detained dozens of protesters.", "COERCE/asserted 'detained' actor=NATO recipient=-")]
    // a state's name before the noun of a passive's subject opening the sentence is acted on (it read the actor)
    [InlineData("Three [US|LOC] servicemen were killed by [Taliban|ORG] fighters.", "ASSAULT/asserted 'killed' actor=Taliban recipient=US")]
    // a participle of harm is the result of the act right before it, in a subordinate clause too (it read the main subject)
    [InlineData("[Manila|LOC] protested after [Chinese|NORP] ships fired water cannons at a fishing boat, injuring three crew members.",
                "ACCUSE/asserted 'protested' actor=Manila recipient=Chinese | ASSAULT/asserted 'fired' actor=Chinese recipient=- | ASSAULT/asserted 'injuring' actor=Chinese recipient=-")]
    // an assault's verb whose subject is an assault's noun tells its toll, no second act (both were read)
    [InlineData("An [Israeli|NORP] airstrike on a school in [Gaza|LOC] killed 20 people.", "ASSAULT/asserted 'airstrike' actor=Israeli recipient=Gaza")]
    // "by phone" is the dictionary's "by telephone" (no event); what is discussed is a topic, and the coordinated subjects the
    // two parties (no event: the topic was taken for the partner)
    [InlineData("[Putin|PERSON] spoke by phone with [Erdogan|PERSON] on [Tuesday|DATE].", "CONSULT/asserted 'spoke' actor=Putin recipient=Erdogan")]
    [InlineData("[Erdogan|PERSON] and [Putin|PERSON] discussed [Syria|LOC] by phone.", "CONSULT/asserted 'discussed' actor=Putin recipient=Erdogan")]
    // a people's name and a title before the object's name leave it the verb's direct object (the subject's apposed state was
    // read the partner)
    [InlineData("The president of [Kyrgyzstan|LOC], [Sadyr Japarov|PERSON], met [Uzbek|NORP] President [Shavkat Mirziyoyev|PERSON] in [Tashkent|LOC].",
                "CONSULT/asserted 'met' actor=Sadyr Japarov recipient=Shavkat Mirziyoyev")]
    // a plural right before a past form is its subject (it read the verb "states")
    [InlineData("The [Sahel|LOC] states withdrew from [ECOWAS|ORG] in [January|DATE].", "SANCTION/asserted 'withdrew' actor=Sahel recipient=ECOWAS")]
    // a people's name before a border's noun says where (it read the recipient)
    [InlineData("[Pakistan|LOC]'s army killed 30 militants near the [Afghan|NORP] border.", "ASSAULT/asserted 'killed' actor=Pakistan recipient=-")]
    // arms handed over are military aid (no event; the dictionary's intent for aircraft supplied)
    [InlineData("[Germany|LOC] sent [tanks|WEAPON] to [Ukraine|LOC].", "AID/asserted 'sent' actor=Germany recipient=Ukraine")]
    [InlineData("[Iran|LOC] supplied [drones|WEAPON] to [Russia|LOC].", "AID/asserted 'supplied' actor=Iran recipient=Russia")]
    // an act's noun scheduled is yet to come
    [InlineData("[Kyrgyzstan|LOC] will skip [CSTO|ORG] exercises scheduled for [October|DATE].", "MOBILIZE/anticipated 'exercises' actor=CSTO recipient=-")]
    // a verb of disapproval whose object is what another asked or offered rejects it (it read ACCUSE)
    [InlineData("[Astana|LOC] rebuffed [Beijing|LOC]'s request for a military base.", "REJECT/asserted 'rebuffed' actor=Astana recipient=Beijing | REQUEST/asserted 'request' actor=Beijing recipient=-")]
    // a charge denied is rejected, whoever made it (CAMEO 016 was dropped; a denial with no party was too weak a cue)
    [InlineData("[Moscow|LOC] denied the accusations.", "REJECT/asserted 'denied' actor=Moscow recipient=-")]
    [InlineData("The [Taliban|ORG] denied harboring militants.", "REJECT/asserted 'denied' actor=Taliban recipient=-")]
    // control regained is territory taken (no event); "back" before a preposition of direction is no support
    [InlineData("[Azerbaijan|LOC] regained control of [Nagorno-Karabakh|LOC].", "COERCE/asserted 'regained' actor=Azerbaijan recipient=Nagorno-Karabakh")]
    [InlineData("[Moscow|LOC] wants [Tashkent|LOC] back in the [CSTO|ORG].", "")]
    // a noun an article calls a named body by stands for the latest body of that kind ("the bloc" for an organisation, "the
    // paramilitary group" for forces, "the watchdog" for an agency); none was resolved
    [InlineData("[Yerevan|LOC] left the [CSTO|ORG|Collective Security Treaty Organization] and accused the bloc of betrayal.",
                "SANCTION/asserted 'left' actor=Yerevan recipient=Collective Security Treaty Organization | ACCUSE/asserted 'accused' actor=Yerevan recipient=Collective Security Treaty Organization")]
    [InlineData("After the [RSF|ORG|Rapid Support Forces] took [El Fasher|LOC], the paramilitary group killed hundreds of civilians.",
                "COERCE/asserted 'took' actor=Rapid Support Forces recipient=El Fasher | ASSAULT/asserted 'killed' actor=Rapid Support Forces recipient=-")]
    [InlineData("The [IAEA|ORG|International Atomic Energy Agency] faulted [Iran|LOC], which said it could end its cooperation with the watchdog.",
                "ACCUSE/asserted 'faulted' actor=International Atomic Energy Agency recipient=Iran | SANCTION/hypothetical 'end' actor=Iran recipient=International Atomic Energy Agency")]
    // … not "the other group"
    [InlineData("The [Rapid Support Forces|ORG] said the other group attacked [Kadugli|LOC].", "")]
    // a relative clause closed by the comma before ", and" is no clause of the verb "and" joins (it gave "urged" the base as
    // subject: no event); hosting jets meets no one (it read a visit)
    [InlineData("[Andrei Belousov|PERSON] visited [Bishkek|LOC], which hosts [Russian|NORP] jets, and urged [Kyrgyzstan|LOC] to expand the base.",
                "CONSULT/asserted 'visited' actor=Andrei Belousov recipient=Bishkek | REQUEST/asserted 'urged' actor=Andrei Belousov recipient=Kyrgyzstan")]
    // an alliance's exercises past its acronym in parentheses are its cooperation, and the host's hosting no visit (it read
    // CONSULT 'hosted' and MOBILIZE by the host); where aid comes from is no party it is given to (it read AID to Russia)
    [InlineData("[Kyrgyzstan|LOC] hosted the [Collective Security Treaty Organization|ORG]'s ([CSTO|ORG]) [Rubezh-2025|EVENT] exercises, bringing 1,500 troops from [Russia|LOC].",
                "COOPERATE/asserted 'exercises' actor=Collective Security Treaty Organization recipient=-")]
    // a relation's "in" names the body a descriptor stands for, no place (no event)
    [InlineData("The [CSTO|ORG|Collective Security Treaty Organization] met, but [Armenia|LOC] froze its participation in the bloc.",
                "SANCTION/asserted 'froze' actor=Armenia recipient=Collective Security Treaty Organization")]
    // a state's ruling body named with it stands for the state as an object too (no event)
    [InlineData("[Niger|LOC]'s military government expelled the ambassador, and [Patrice Talon|PERSON] called on the junta to reopen the border.",
                "SANCTION/asserted 'expelled' actor=Niger recipient=- | REQUEST/asserted 'called' actor=Patrice Talon recipient=Niger")]
    // in a headline a present form after a comma shares the first verb's subject (it read the French suspending exports)
    [InlineData("[Niger|LOC] junta expels [French|NORP] ambassador, suspends oil exports to [Benin|LOC]\n\nThe junta gave no reason.",
                "SANCTION/asserted 'expels' actor=Niger recipient=French | SANCTION/asserted 'suspends' actor=Niger recipient=Benin")]
    // … and a title-case headline's capitalised modifiers still lead to the relation stopped (no event)
    [InlineData("[Niger|LOC] Junta Expels [French|NORP] Ambassador, Suspends Oil Exports to [Benin|LOC]",
                "SANCTION/asserted 'Expels' actor=Niger recipient=French | SANCTION/asserted 'Suspends' actor=Niger recipient=Benin")]
    // "joint" up to three words before the drills' noun, a base form inside a phrase a possessive opens ("coast guard"), and
    // "their" standing for coordinated subjects (no event)
    [InlineData("The [Philippines|LOC] and [Vietnam|LOC] held their first joint coast guard exercise on [Friday|DATE].",
                "COOPERATE/asserted 'exercise' actor=Vietnam recipient=Philippines")]
    // coordinated subjects of an act not between them each do it (the last named alone did), each of a list too; "each other"
    // makes each the other's party; a clash is mutual (it had no second party)
    [InlineData("[Japan|LOC] and the [United States|LOC] have backed [Manila|LOC].",
                "SUPPORT/asserted 'backed' actor=United States recipient=Manila | SUPPORT/asserted 'backed' actor=Japan recipient=Manila")]
    [InlineData("[Lithuania|LOC], [Latvia|LOC] and [Estonia|LOC] barred [Ivanishvili|PERSON].",
                "COERCE/asserted 'barred' actor=Estonia recipient=Ivanishvili | COERCE/asserted 'barred' actor=Latvia recipient=Ivanishvili | COERCE/asserted 'barred' actor=Lithuania recipient=Ivanishvili")]
    [InlineData("[Hamas|ORG] and [Israel|LOC] accused each other of violating the truce.",
                "ACCUSE/asserted 'accused' actor=Israel recipient=Hamas | ACCUSE/asserted 'accused' actor=Hamas recipient=Israel")]
    [InlineData("[Kyrgyz|NORP] and [Tajik|NORP] troops clashed on the border.", "ASSAULT/asserted 'clashed' actor=Tajik recipient=Kyrgyz | ASSAULT/asserted 'clashed' actor=Kyrgyz recipient=Tajik")]
    // … not a name in a phrase before ", and", nor two who sign together with no party named after them
    [InlineData("The [United States|LOC] suspended its partnership with [Georgia|LOC], and [Washington|LOC] later imposed sanctions on [Bidzina Ivanishvili|PERSON].",
                "SANCTION/asserted 'suspended' actor=United States recipient=Georgia | COERCE/asserted 'imposed sanctions' actor=Washington recipient=Bidzina Ivanishvili")]
    // an accord welcomed is endorsed, as one praised is, whoever made it (no event)
    [InlineData("[Russia|LOC], which mediated several rounds of talks, welcomed the agreement.", "CONSULT/asserted 'mediated' actor=Russia recipient=- | SUPPORT/asserted 'welcomed' actor=Russia recipient=-")]
    // an act on "both sides" or "the two countries" is done to each of the pair named before (there was no event)
    [InlineData("[Niger|LOC] closed its border with [Benin|LOC]. [ECOWAS|ORG] urged both sides to show restraint.",
                "COERCE/asserted 'closed' actor=Niger recipient=Benin | REQUEST/asserted 'urged' actor=ECOWAS recipient=Niger | REQUEST/asserted 'urged' actor=ECOWAS recipient=Benin")]
    // a seizure, an annexation and a refusal are acts' nouns (none was read); after an act of force its possessor did, "of"
    // names what it is done to (there was no recipient)
    [InlineData("[Iran|LOC]'s seizure of a [British|NORP] tanker escalated tensions.", "COERCE/asserted 'seizure' actor=Iran recipient=British")]
    [InlineData("[Israel|LOC]'s invasion of [Lebanon|LOC] lasted three years.", "COERCE/asserted 'invasion' actor=Israel recipient=Lebanon")]
    [InlineData("[Kazakhstan|LOC]'s refusal to join the sanctions irritated [Washington|LOC].", "REJECT/asserted 'refusal' actor=Kazakhstan recipient=-")]
    // an act "led to" is brought on, not done by the cause (it read sanctions by Russia)
    [InlineData("[Russia|LOC]'s annexation of [Crimea|LOC] led to sanctions.", "COERCE/asserted 'annexation' actor=Russia recipient=Crimea")]
    // a force's own move is its state's, whose people "of" and the force's noun give (no event: no actor)
    [InlineData("The deployment of [Russian|NORP] troops to [Tajikistan|LOC] angered the [Taliban|ORG].", "MOBILIZE/asserted 'deployment' actor=Russian recipient=Tajikistan")]
    [InlineData("The withdrawal of [French|NORP] troops from [Mali|LOC] ended a mission.", "RETREAT/asserted 'withdrawal' actor=French recipient=Mali")]
    // aid, support and a ban name an act after a party's possessive, "for" naming the one supported (there was no event)
    [InlineData("[Japan|LOC]'s aid to the [Philippines|LOC] includes patrol boats.", "AID/asserted 'aid' actor=Japan recipient=Philippines")]
    [InlineData("[Washington|LOC]'s support for [Kyiv|LOC] has not wavered.", "SUPPORT/asserted 'support' actor=Washington recipient=Kyiv")]
    [InlineData("[India|LOC]'s ban on [Chinese|NORP] apps took effect.", "COERCE/asserted 'ban' actor=India recipient=Chinese")]
    // a refusal whose object is an act's noun refuses that act, though no party is named (there was no event)
    [InlineData("[Hungary|LOC] vowed to block any new sanctions on [Russia|LOC].", "REJECT/anticipated 'block' actor=Hungary recipient=-")]
    // the police opening a wire story's sentence are the dateline's state's, as "the government" is (there was no actor)
    [InlineData("[BELGRADE|LOC|Belgrade] (Reuters) - Police arrested dozens of protesters on [Sunday|DATE].", "COERCE/asserted 'arrested' actor=Belgrade recipient=-")]
    // but where the story has moved to another capital, the police are that capital's state's (it read the dateline's state)
    [InlineData("[ABU DHABI|LOC|Abu Dhabi] (Reuters) - Protesters gathered in [Yerevan|LOC] on [Saturday|DATE]. Police detained at least 40 people.",
                "PROTEST/asserted 'gathered' actor=- recipient=- | COERCE/asserted 'detained' actor=Yerevan recipient=-")]
    // forces to be deployed are a mobilization, not a participle's phrase ("to be" read as a noun: no event); officers in a
    // state's force act for it; an infinitive's "to" before a passive's "be" gives its status
    [InlineData("Senior officers in the [Russian|NORP] air force expect an aviation component to be deployed in [Dushanbe|LOC].",
                "MOBILIZE/anticipated 'deployed' actor=Russian recipient=-")]
    // to pass is an act only through a pattern ("passed on" was a concession to the envoy)
    [InlineData("The [Kremlin|ORG] was studying proposals passed on by envoy [Steve Witkoff|PERSON].", "")]
    [InlineData("[Russia|LOC] passed the message to [Washington|LOC].", "")]
    // a phrase opening the sentence after an adverb is no subject's (no event); coordinated nationalities before their people's
    // noun each act (only the last did), and are each other's parties in an exchange (no recipient); a list in an opening
    // phrase holds only names of its kind closed by a comma (Turkey was in the phrase, the Netherlands the protesters' actor)
    [InlineData("Meanwhile in [Gaza|LOC], [Egyptian|NORP] mediators met [Hamas|ORG] officials in [Cairo|LOC].", "CONSULT/asserted 'met' actor=Egyptian recipient=Hamas")]
    [InlineData("[Egyptian|NORP] and [Qatari|NORP] mediators met [Hamas|ORG] officials.",
                "CONSULT/asserted 'met' actor=Qatari recipient=Hamas | CONSULT/asserted 'met' actor=Egyptian recipient=Hamas")]
    [InlineData("[Georgian|NORP] interior ministry troops and [South Ossetian|NORP] militiamen exchanged fire.", "ASSAULT/asserted 'exchanged' actor=South Ossetian recipient=Georgian | ASSAULT/asserted 'exchanged' actor=Georgian recipient=South Ossetian")]
    [InlineData("In [Baku|LOC], [Azerbaijan|LOC] and [Turkey|LOC] signed a pact.", "SUPPORT/asserted 'signed' actor=Turkey recipient=Azerbaijan")]
    [InlineData("In [France|LOC], the [Netherlands|LOC] and [Belgium|LOC], unions protested.", "PROTEST/asserted 'protested' actor=- recipient=-")]
    // "in turn" after an aside (South Ossetia accused); a clause of time opened by a name and its verb is no phrase of the
    // verb before it, nor has its pattern's words (Gaza hit Sderot; "fired" made no event, the pattern "strike … rockets" taking
    // it), and a weapon opening it acts for no one named before (Hezbollah, whose depots were struck, fired)
    [InlineData("[Eduard Kokoity|PERSON], the de facto president of [South Ossetia|LOC], in turn accused [Georgia|LOC] of preparing an offensive.",
                "ACCUSE/asserted 'accused' actor=Eduard Kokoity recipient=Georgia")]
    [InlineData("[Israel|LOC] struck [Gaza|LOC] after [Hamas|ORG] [rockets|WEAPON] hit [Sderot|LOC].",
                "ASSAULT/asserted 'struck' actor=Israel recipient=Gaza | ASSAULT/asserted 'hit' actor=Hamas recipient=Sderot")]
    [InlineData("[Israel|LOC] struck [Gaza|LOC] after [Hamas|ORG] fired [rockets|WEAPON] at [Sderot|LOC].",
                "ASSAULT/asserted 'struck' actor=Israel recipient=Gaza | ASSAULT/asserted 'fired' actor=Hamas recipient=Sderot")]
    [InlineData("[Israeli|NORP] [warplanes|WEAPON] struck [Hezbollah|ORG] depots, hours after [rockets|WEAPON] were fired from [Lebanese|NORP] territory.",
                "ASSAULT/asserted 'struck' actor=Israeli recipient=Hezbollah")]
    // "the army" stands for the state named with it, however far back with the same noun (no recipient); a palace recaptured is
    // a target seized
    [InlineData("[Sudan|LOC]'s army said it had recaptured the palace. The fighters remained. The siege went on. Aid ran short. [Washington|LOC] accused the army of attacking schools.",
                "COERCE/asserted 'recaptured' actor=Sudan recipient=- | ACCUSE/asserted 'accused' actor=Washington recipient=Sudan")]
    // negotiating where no pattern says what is conceded is negotiation (it was a concession, the dictionary's default)
    [InlineData("[Armenia|LOC] and [Azerbaijan|LOC] have been negotiating the text since [2002|DATE].", "CONSULT/asserted 'negotiating' actor=Azerbaijan recipient=Armenia")]
    // a sentence whose quotation "he" speaks hands him on to the next sentence's opening "he" (no actor)
    [InlineData("[Lukashenka|PERSON] dismissed the criticism. \"Nobody will teach us how to live,\" he told a rally in [Vitebsk|LOC]. He also accused [Poland|LOC] of funding the opposition.",
                "ACCUSE/asserted 'accused' actor=Lukashenka recipient=Poland")]
    // police opening a clause after an opening phrase, with no state named, are the state of the capital the sentence names
    // (no event); a protest during which its people were detained is theirs (it was the police's)
    [InlineData("On [September 10|DATE], police detained 14 members of [Zubr|ORG] during a protest in [Minsk|LOC].",
                "COERCE/asserted 'detained' actor=Minsk recipient=Zubr | PROTEST/asserted 'protest' actor=Zubr recipient=-")]
    [InlineData("[Georgian|NORP] police detained 14 [UNM|ORG] members during a protest in [Tbilisi|LOC].",
                "COERCE/asserted 'detained' actor=Georgian recipient=UNM | PROTEST/asserted 'protest' actor=UNM recipient=-")]
    // a claim to "almost the entire" sea is none (an accusation of the sea); approaching a vessel is no approach to a party
    [InlineData("[China|LOC] claims almost the entire [South China Sea|LOC].", "")]
    [InlineData("The [Philippine|NORP] vessel had approached a [Chinese|NORP] ship.", "")]
    // "urged" after "and" joins the verb that reported the clause before it ("urge" is no verb the dictionary lists, so the
    // rule for speech verbs never saw it: Manila urged), with or without "that"
    [InlineData("[Lin Jian|PERSON] told reporters that [Manila|LOC] had broken its promise and urged the [United States|LOC] to stop.",
                "REQUEST/asserted 'urged' actor=Lin Jian recipient=United States")]
    [InlineData("[Lin Jian|PERSON] said [Manila|LOC] had broken its promise and urged [Washington|LOC] to stop.",
                "REQUEST/asserted 'urged' actor=Lin Jian recipient=Washington")]
    // an appeal at law asks no party for anything (a request); taking charge of a portfolio seizes nothing (a threat to the
    // Commission)
    [InlineData("[Google|ORG] lost its final appeal against a [2.42 billion euro|MONEY] fine.", "")]
    [InlineData("[Teresa Ribera|PERSON] will take charge of competition policy in the new [Commission|ORG].", "")]
    // names listed between dashes after an unnamed subject's noun are the subject, each (no event); a person is coordinated
    // with the one before the "of" phrase of that one's state
    [InlineData("The three juntas — [Mali|LOC], [Burkina Faso|LOC] and [Niger|LOC] — condemned [ECOWAS|ORG].",
                "ACCUSE/asserted 'condemned' actor=Niger recipient=ECOWAS | ACCUSE/asserted 'condemned' actor=Burkina Faso recipient=ECOWAS | ACCUSE/asserted 'condemned' actor=Mali recipient=ECOWAS")]
    [InlineData("The co-chairs - [Yuri Merzlyakov|PERSON] of [Russia|LOC] and [Bernard Fassier|PERSON] of [France|LOC] - met [Robert Kocharian|PERSON] in [Yerevan|LOC].",
                "CONSULT/asserted 'met' actor=Bernard Fassier recipient=Robert Kocharian | CONSULT/asserted 'met' actor=Yuri Merzlyakov recipient=Robert Kocharian")]
    // a time with its preposition between "and" and the verb leaves the verb the subject of the one before (no event)
    [InlineData("[Tashkent|LOC] expelled the troops, and in [November|DATE] signed a treaty with [Moscow|LOC].",
                "COERCE/asserted 'expelled' actor=Tashkent recipient=- | SUPPORT/asserted 'signed a treaty' actor=Tashkent recipient=Moscow")]
    // an appositive of a noun and a participle describes the object; its agent is no party (the backing was of the United
    // States; a project backed is no party's support)
    [InlineData("[Nursultan Nazarbayev|PERSON] has backed a gas pipeline to [Baku|LOC], a project supported by the [United States|LOC].", "")]
    // a time after the object of "summoned" leaves the infinitive its subject's, "protest what" is an infinitive, a clause of
    // "what" calls a thing a name (no act) and is the object's, so "accused" joins "summoned" (the ambassador protested, the
    // calling was Azerbaijan's consultation, and Azerbaijan accused Baku)
    [InlineData("[Iran|LOC] summoned [Azerbaijan|LOC]'s ambassador, [Ali Alizada|PERSON], on [Sunday|DATE] to protest what it called the presence of [Israeli|NORP] operatives, and accused [Baku|LOC] of spying.",
                "CONSULT/asserted 'summoned' actor=Iran recipient=Ali Alizada | ACCUSE/asserted 'protest' actor=Iran recipient=- | ACCUSE/asserted 'accused' actor=Iran recipient=Baku")]
    // a person placed under house arrest is arrested (no event: "place" has no pattern)
    [InlineData("Army officers in [Gabon|LOC] said they had placed President [Ali Bongo Ondimba|PERSON] under house arrest.",
                "COERCE/asserted 'placed' actor=Gabon recipient=Ali Bongo Ondimba")]
    // the pair between whom talks are held may be named in apposition to an unnamed phrase (no event)
    [InlineData("Talks between the two foreign ministers, [Sergei Lavrov|PERSON] and [Jeyhun Bayramov|PERSON], ended on [Friday|DATE].",
                "CONSULT/asserted 'Talks' actor=Sergei Lavrov recipient=Jeyhun Bayramov")]
    // each of coordinated objects is acted on (only the first was), not where the last opens a clause of its own
    [InlineData("[Russia|LOC] attacked [Kyiv|LOC], [Kharkiv|LOC] and [Odesa|LOC] overnight.",
                "ASSAULT/asserted 'attacked' actor=Russia recipient=Kyiv | ASSAULT/asserted 'attacked' actor=Russia recipient=Kharkiv | ASSAULT/asserted 'attacked' actor=Russia recipient=Odesa")]
    [InlineData("[Lukashenka|PERSON] accused [Poland|LOC] and [Lithuania|LOC] of funding the opposition.",
                "ACCUSE/asserted 'accused' actor=Lukashenka recipient=Poland | ACCUSE/asserted 'accused' actor=Lukashenka recipient=Lithuania")]
    // a ministry's protest is a complaint lodged, as a state's is (it was a demonstration)
    [InlineData("The [Foreign Ministry|ORG] protested to the [Russian|NORP] ambassador.", "ACCUSE/asserted 'protested' actor=Foreign Ministry recipient=Russian")]
    // the object of a verb before ", and" is no partner of the next clause's subject (Kyiv protested too)
    [InlineData("[Russia|LOC] attacked [Kyiv|LOC], and [Moldova|LOC] protested.",
                "ASSAULT/asserted 'attacked' actor=Russia recipient=Kyiv | ACCUSE/asserted 'protested' actor=Moldova recipient=-")]
    // an aside holding a name's acronym in parentheses, or examples after "including", stands between the subject and its verb
    [InlineData("Former President [Evo Morales|PERSON], [Arce|PERSON]'s rival within the ruling [Movement for Socialism|ORG] ([MAS|ORG]), condemned [Bolivia|LOC].",
        "ACCUSE/asserted 'condemned' actor=Evo Morales recipient=Bolivia")]
    [InlineData("The [Organization of American States|ORG] and neighboring governments, including [Brazil|LOC] and [Argentina|LOC], also condemned [Peru|LOC].",
        "ACCUSE/asserted 'condemned' actor=Organization of American States recipient=Peru")]
    // "it" right after a verb of saying is its speaker, a body named with an aside
    [InlineData("The [Jama'at Nusrat al-Islam wal-Muslimin|ORG] ([JNIM|ORG]), [al-Qaeda|ORG]'s affiliate in the [Sahel|LOC], said separately that it had ambushed the convoy.",
        "ASSAULT/asserted 'ambushed' actor=Jama'at Nusrat al-Islam wal-Muslimin recipient=-")]
    // so is a possessor's body, through which the possessor acts (it read the body named before the sentence)
    [InlineData("The [United Nations|ORG] said so. [Burhan|PERSON]'s government said it would expel the envoy of [Kenya|LOC].",
        "THREATEN/anticipated 'expel' actor=Burhan recipient=Kenya")]
    // a death by mishap is no one's act; a bearing from a place says where
    [InlineData("[Yevgeny Prigozhin|PERSON] was killed in a plane crash north of [Moscow|LOC] in [August 2023|DATE].", "")]
    [InlineData("[Yevgeny Prigozhin|PERSON] was shot dead 30 kilometers north of [Moscow|LOC].", "")]
    // the dictionary's compound of no act ("attack aircraft") does not reach past a name to a weapon (it read none)
    [InlineData("[Russia|LOC] attacked [Ukraine|LOC] with [drones|WEAPON].", "ASSAULT/asserted 'attacked' actor=Russia recipient=Ukraine")]
    // clashes between two sides are a fight between them (no event noun had read "clashes")
    [InlineData("At least 24 people were killed in clashes between [Kyrgyz|NORP] and [Tajik|NORP] border troops on [Friday|DATE].",
        "ASSAULT/asserted 'clashes' actor=Kyrgyz recipient=Tajik")]
    // the act's noun after a request's "for" is the act asked for, which did not happen (it read a meeting between two of the askers)
    [InlineData("The [United States|LOC] and [Japan|LOC] have called for an emergency meeting of the [U.N. Security Council|ORG].",
        "REQUEST/asserted 'called' actor=Japan recipient=- | REQUEST/asserted 'called' actor=United States recipient=-")]
    // to remove an official or a government is no act between parties (it read an accusation)
    [InlineData("[Tokayev|PERSON] also dismissed the government of [Askar Mamin|PERSON].", "")]
    [InlineData("[Zelensky|PERSON] fired Defence Minister [Oleksii Reznikov|PERSON].", "")]
    // hours given to leave are an expulsion (it read material cooperation)
    [InlineData("[Niger|LOC]'s military rulers gave the [French|NORP] ambassador, [Sylvain Itte|PERSON], 48 hours to leave the country.",
        "SANCTION/asserted 'gave' actor=Niger recipient=Sylvain Itte")]
    // troops hosted past their count meet no one (it read a visit by the Russians)
    [InlineData("[Transnistria|LOC] has hosted about 1,500 [Russian|NORP] troops since a war in [1992|DATE].", "")]
    // a call in which one told another something is between the two (it took the one told as the caller)
    [InlineData("[Subrahmanyam Jaishankar|PERSON] told his [Chinese|NORP] counterpart, [Wang Yi|PERSON], in a phone call that the clash was planned.",
        "CONSULT/asserted 'call' actor=Subrahmanyam Jaishankar recipient=Wang Yi")]
    // an act a verb of causing brings about is done by the party prompted, and a suggestion of a fact asks nothing (it read a
    // request of Mali and no severance)
    [InlineData("[Ukraine|LOC]'s military intelligence agency suggested it had given the rebels information, prompting [Mali|LOC]'s junta to sever diplomatic relations with [Kyiv|LOC].",
        "SANCTION/asserted 'sever' actor=Mali recipient=Kyiv")]
    // a participle of speech after a reporting clause is the speaker's, and "the Moscow-led bloc" the bloc named before (it read
    // Armenia accusing Moscow)
    [InlineData("[Armenia|LOC] has frozen its participation in the [Collective Security Treaty Organization|ORG], [Nikol Pashinyan|PERSON] told the [National Assembly|ORG] on [February 28|DATE], accusing the [Moscow|LOC]-led bloc of failing to protect [Armenia|LOC].",
        "SANCTION/asserted 'frozen' actor=Armenia recipient=Collective Security Treaty Organization | ACCUSE/asserted 'accusing' actor=Nikol Pashinyan recipient=Collective Security Treaty Organization | AID/negated 'protect' actor=Collective Security Treaty Organization recipient=Armenia")]
    // a meeting during which one told another of a future act is no supposed meeting (it read a hypothetical one)
    [InlineData("[Putin|PERSON] told [Erdogan|PERSON] during a meeting in [Sochi|LOC] that [Russia|LOC] would supply gas.",
        "CONSULT/asserted 'meeting' actor=Putin recipient=Erdogan")]
    // to retake is to recapture (the dictionary lacks it), and a verb of sanctioning needs no second party named
    [InlineData("[Sudan|LOC]'s army said it had retaken the presidential palace from the [Rapid Support Forces|ORG].",
        "COERCE/asserted 'retaken' actor=Sudan recipient=Rapid Support Forces")]
    [InlineData("[Britain|LOC] and [Australia|LOC] also sanctioned the Mazepins in [2022|DATE].",
        "COERCE/asserted 'sanctioned' actor=Australia recipient=- | COERCE/asserted 'sanctioned' actor=Britain recipient=-")]
    // coordinated subjects each back the party a body's noun stands for (only the nearer did), and what "which" denies is
    // the charge the clause before makes (it read the RSF denied)
    [InlineData("[Sudan|LOC]'s army retook the palace. [Egypt|LOC] and [Saudi Arabia|LOC] have backed the army, while the [United Arab Emirates|LOC] has been accused of arming the [Rapid Support Forces|ORG], which [Abu Dhabi|LOC] denies.",
        "COERCE/asserted 'retook' actor=Sudan recipient=- | SUPPORT/asserted 'backed' actor=Saudi Arabia recipient=Sudan | SUPPORT/asserted 'backed' actor=Egypt recipient=Sudan | REJECT/asserted 'denies' actor=Abu Dhabi recipient=-")]
    // "forces" after a verb's object is troops (it read coercion by the U.S.); an obligation is still to come
    [InlineData("President [Ferdinand Marcos Jr.|PERSON] has allowed [U.S.|LOC] forces access to four more bases.",
        "CONCEDE/asserted 'allowed' actor=Ferdinand Marcos Jr. recipient=U.S.")]
    [InlineData("The [United States|LOC] is obliged to help defend the [Philippines|LOC].", "AGREE/anticipated 'defend' actor=United States recipient=Philippines")]
    // a plural body's base form before its object is its verb (there was no event)
    [InlineData("[Tajik|NORP] authorities accuse him of organizing an armed uprising.", "ACCUSE/asserted 'accuse' actor=Tajik recipient=-")]
    // an aside of a noun and a participle with its agent, or of a noun and its own relative clause, stands between a subject
    // and its verb (it read the Saudis signing, and nobody detained)
    [InlineData("[ACWA Power|ORG], the [Saudi|NORP] utility controlled by the kingdom's [Public Investment Fund|ORG], signed agreements with [Uzbekistan|LOC].",
        "SUPPORT/asserted 'signed agreements' actor=ACWA Power recipient=Uzbekistan")]
    [InlineData("[Ruben Vardanyan|PERSON], a [Russian-Armenian|NORP] billionaire who was the region's state minister until [February|DATE], was detained by [Azerbaijani|NORP] border guards.",
        "COERCE/asserted 'detained' actor=Azerbaijani recipient=Ruben Vardanyan")]
    // an infinitive of purpose after the object is the summoner's, though its word is an act's noun too (it read the Chinese protesting),
    // and the diplomatic formula makes its protest by the summons (it read a protest intended)
    [InlineData("[Manila|LOC] summoned a [Chinese|NORP] diplomat to protest.", "CONSULT/asserted 'summoned' actor=Manila recipient=Chinese | ACCUSE/asserted 'protest' actor=Manila recipient=-")]
    // a call in which one apologised to another is between the two (it had no second party)
    [InlineData("[Ilham Aliyev|PERSON] apologised to [Putin|PERSON] in a phone call on [Thursday|DATE].",
        "SUPPORT/asserted 'apologised' actor=Ilham Aliyev recipient=Putin | CONSULT/asserted 'call' actor=Ilham Aliyev recipient=Putin")]
    // a reported clause with a verb of its own keeps the speaker out of its participle (it read IRNA injuring the crew)
    [InlineData("[Iran|LOC]'s state news agency [IRNA|ORG] said the tanker had collided with an [Iranian|NORP] vessel, injuring several crew members.", "")]
    // "the only … to" a ranked noun describes did the act (it read an intent of the EU's)
    [InlineData("Prime Minister [Viktor Orban|PERSON] was the only [EU|ORG] leader to congratulate [Georgian Dream|ORG] on its victory.",
        "SUPPORT/asserted 'congratulate' actor=Viktor Orban recipient=Georgian Dream")]
    // a body's name set off after a common noun is in apposition, past which "and" joins the first verb (it read the
    // contractor threatening), and a pattern reaches no attribution (it read the news site threatened)
    [InlineData("The [Ministry of Energy|ORG] accused a [Chinese|NORP] contractor, [China Energy Engineering Corporation|ORG], of missing deadlines and threatened to cancel its contract, according to the [Kun.uz|ORG] news site.",
        "ACCUSE/asserted 'accused' actor=Ministry of Energy recipient=Chinese | THREATEN/asserted 'threatened' actor=Ministry of Energy recipient=-")]
    // a release of people needs no one named (there was no event), and involvement denied is a charge denied
    [InlineData("[Belarus|LOC] released 14 political prisoners on [Saturday|DATE].", "RETREAT/asserted 'released' actor=Belarus recipient=-")]
    [InlineData("[Pakistan|LOC] denied any involvement and called for a neutral investigation.", "REJECT/asserted 'denied' actor=Pakistan recipient=-")]
    // a participle's phrase after the noun opening the sentence is no subject's (it read Harrison County alleging)
    [InlineData("The lawsuit, filed in [February 2022|DATE] in a state court in [Harrison County|LOC], alleged that [Facebook|ORG] had violated the law.", "")]
    // idioms of no act: regarding as, cutting short, taking delivery (they read a consultation, a sanction, a threat)
    [InlineData("The [Resistance Front|ORG], which [Indian|NORP] authorities consider a front for the [Pakistan|LOC]-based [Lashkar-e-Taiba|ORG], claimed responsibility.", "")]
    [InlineData("[Narendra Modi|PERSON] cut short a visit to [Saudi Arabia|LOC].", "")]
    [InlineData("[Iran|LOC]'s [National Iranian Gas Company|ORG] will take delivery of the [Turkmen|NORP] gas at the border.", "")]
    // "the most senior … to visit" visited, its subject the one described (it read an intent of the Americans')
    [InlineData("[Kellogg|PERSON] is the most senior [U.S.|LOC] official to visit [Belarus|LOC] in years.", "CONSULT/asserted 'visit' actor=Kellogg recipient=Belarus")]
    // backing what is done to someone backs no one named (it read support of the suspended governor)
    [InlineData("[Nigeria|LOC]'s Senate approved the decree, backing the suspension of Governor [Siminalayi Fubara|PERSON].", "")]
    // facing someone down meets no one (it read a consultation); "it" in a sentence opened by a name the tagger missed is that
    // name, no party (it read Houston seized)
    [InlineData("[Arce|PERSON] faced down [Zuniga|PERSON] in the hallway of the palace.", "")]
    [InlineData("The Advantage Sweet was sailing from [Kuwait|LOC] to [Houston|LOC] when it was stopped by [Iranian|NORP] naval forces and taken to an [Iranian|NORP] port.", "")]
    // "that" and a verb after a noun open a relative clause, whose names are no party (it read Port-au-Prince contained)
    [InlineData("[Kenya|LOC] vowed to contain gangs that control most of the capital, [Port-au-Prince|LOC].", "")]
    [InlineData("[Trump|PERSON] threatened countries that regulate [U.S.|LOC|United States] companies.", "THREATEN/asserted 'threatened' actor=Trump recipient=-")]
    // emergency rule declared or imposed is coercion, aimed at no one named (there was no event)
    [InlineData("[Yoon|PERSON] declared martial law on [Dec. 3|DATE].", "COERCE/asserted 'declared' actor=Yoon recipient=-")]
    [InlineData("[Tokayev|PERSON] imposed a nationwide curfew.", "COERCE/asserted 'imposed' actor=Tokayev recipient=-")]
    // after an article, a modifier and a name, an "-s" form before a plain noun is a noun (it read China arming Taiwan)
    [InlineData("[China|LOC] imposed sanctions on seven [U.S.|LOC|United States] defense companies in response to the latest [U.S.|LOC|United States] arms sales to [Taiwan|LOC].",
        "COERCE/asserted 'imposed sanctions' actor=China recipient=United States")]
    // a verb after "and" shares the subject of a verb in the present before it (it read Taiwan demanding)
    [InlineData("[Beijing|LOC] regards [Taiwan|LOC] as its own territory and has repeatedly demanded that [Washington|LOC] stop selling weapons to the island.",
        "REQUEST/asserted 'demanded' actor=Beijing recipient=Washington")]
    // a body's noun opening a sentence goes on with the fitting body the sentence before opened with, not the one named last
    // (it read FARC denying)
    [InlineData("The [ELN|ORG|National Liberation Army] said its forces had clashed with dissidents of the former [Revolutionary Armed Forces of Colombia|ORG]. The group denied targeting civilians.",
        "ASSAULT/asserted 'clashed' actor=National Liberation Army recipient=Revolutionary Armed Forces of Colombia | REJECT/asserted 'denied' actor=National Liberation Army recipient=-")]
    // the pronoun of a charge's "against" is the accused, not a person named before (it read Tashiev as the one rejected)
    [InlineData("[Kamchybek Tashiev|PERSON] heads the agency. [Temirov|PERSON] denied the charges against him at the time.",
        "REJECT/asserted 'denied' actor=Temirov recipient=-")]
    // a charge a clause without "that" says its subject denies is rejected (there was no event)
    [InlineData("[Israel|LOC] accuses [Tehran|LOC] of seeking weapons, a charge [Iran|LOC] denies.",
        "ACCUSE/asserted 'accuses' actor=Israel recipient=Tehran | REJECT/asserted 'denies' actor=Iran recipient=-")]
    // a participle and its phrase after a preposition's object, past a people's name, describe the object (it read Pashinyan
    // deploying to Nagorno-Karabakh)
    [InlineData("[Pashinyan|PERSON] questioned the role of the [Russian|NORP] peacekeepers deployed to [Nagorno-Karabakh|LOC].",
        "REQUEST/asserted 'questioned' actor=Pashinyan recipient=Russian")]
    // a participle and its phrase after a weapon that is a verb's object describe the weapon (it read the Israelis launching)
    [InlineData("The [Israeli|NORP] military said it had intercepted three [rockets|WEAPON] launched from [Lebanese|NORP] territory.", "")]
    // "that" after a preposition's noun opens a relative clause, whose names are no party (it read the U.S. threatened)
    [InlineData("[Donald Trump|PERSON] has threatened to impose tariffs on countries that regulate [U.S.|LOC|United States] technology companies.",
        "THREATEN/asserted 'threatened' actor=Donald Trump recipient=-")]
    // a dictionary pattern's words do not reach into a question's clause (the pattern "comment … plan" read an intent)
    [InlineData("[Gazprom|ORG] declined to comment on whether it planned to increase purchases [next year|DATE].", "")]
    // a name in a phrase set off after a passive's subject describes the subject; it does not act (it read the party detaining)
    [InlineData("[Melia|PERSON], a former chairman of the [United National Movement|ORG] party founded by ex-President [Mikheil Saakashvili|PERSON], was detained in [May|DATE] after he declined to appear.", "")]
    // a state and its capital ("Washington" for "Washington D.C.") are one party, no pair of sides (it read two requests to them)
    [InlineData("[U.S.|LOC|United States] envoy [Tom Perriello|PERSON] said [Washington|LOC] remained committed to peace and urged both sides to return to the table.", "REQUEST/asserted 'urged' actor=Tom Perriello recipient=-")]
    // "It" opening a sentence goes on with the unnamed thing the sentence before opened with (it read Khartoum killing)
    [InlineData("The war between the army and the [RSF|ORG] erupted in [April 2023|DATE] in the capital, [Khartoum|LOC]. It has killed more than 20,000 people.", "")]
    // an act's noun a naming verb calls its object, past its modifiers, is a word for it (it read an attack by the caller)
    [InlineData("[Stephen Capus|PERSON] called the expulsion \"a shameful attack on press freedom\" and urged [Bishkek|LOC] to reverse it.",
        "REQUEST/asserted 'urged' actor=Stephen Capus recipient=Bishkek")]
    // the second of the pair "talks between" names may follow the first's aside (there was no event)
    [InlineData("The deal followed talks in [Beijing|LOC] between [Ali Shamkhani|PERSON], the secretary of [Iran|LOC]'s [Supreme National Security Council|ORG], and [Saudi|NORP] national security adviser [Musaed al-Aiban|PERSON].",
        "CONSULT/asserted 'talks' actor=Ali Shamkhani recipient=Musaed al-Aiban")]
    // an order to leave the country is an expulsion (it read a request)
    [InlineData("[Kyrgyz|NORP] authorities have ordered the head of [RFE/RL|ORG]'s [Kyrgyz Service|ORG], [Aleksandr Lyubimov|PERSON], to leave the country within 10 days.",
        "COERCE/asserted 'ordered' actor=Kyrgyz recipient=Kyrgyz Service")]
    // an award won is no party's support (it read the prize supporting its laureate)
    [InlineData("The [Venezuelan|NORP] opposition leader, [Maria Corina Machado|PERSON], who won the [Nobel Peace Prize|ORG] [last year|DATE], called on [Gustavo Petro|PERSON] to demand the release of all political prisoners.",
        "REQUEST/asserted 'called' actor=Maria Corina Machado recipient=Gustavo Petro")]
    // a participle and its phrase after people a verb counts describe them (it read "held" an arrest)
    [InlineData("[Venezuela|LOC] freed 17 [Colombian|NORP] citizens held in its prisons on [Monday|DATE].", "RETREAT/asserted 'freed' actor=Venezuela recipient=Colombian")]
    // the police right after a conjunction of time are its clause's subject, no phrase's object (it found no actor)
    [InlineData("[Azerbaijan|LOC] expelled two diplomats a day after police raided an office in [Baku|LOC] and detained its director, [Igor Kartavykh|PERSON].",
        "SANCTION/asserted 'expelled' actor=Azerbaijan recipient=- | COERCE/asserted 'detained' actor=Baku recipient=Igor Kartavykh")]
    // a person set off after a posting's "for" names the noun (it read the possessor "Pakistan")
    [InlineData("[Pakistan|LOC]'s special envoy for [Afghanistan|LOC], [Mohammad Sadiq|PERSON], met [Sirajuddin Haqqani|PERSON] in [Kabul|LOC].",
        "CONSULT/asserted 'met' actor=Mohammad Sadiq recipient=Sirajuddin Haqqani")]
    // the act one claims responsibility for is one's own, and the verb of a relative clause after its phrase makes the noun no
    // clause subject (it found nothing: "claimed" read as a verb of saying)
    [InlineData("[Hamas|ORG] claimed responsibility for an attack on a checkpoint that killed 16 [Israeli|NORP] soldiers.",
        "ASSAULT/asserted 'attack' actor=Hamas recipient=-")]
    // after a possessive and an "-ing" modifier a word is a noun (it read "force" a verb forcing KFOR)
    [InlineData("[Petar Petkovic|PERSON] called on [NATO|ORG]'s peacekeeping force [KFOR|ORG] to protect [Serbs|NORP].",
        "REQUEST/asserted 'called' actor=Petar Petkovic recipient=KFOR")]
    // after the pattern's noun of what is done to someone, "of" names that one (it found no one arrested); not the one a
    // request is made of
    [InlineData("A [Santiago|LOC] judge on [Monday|DATE] ordered the arrest of [Ricardo Yanez|PERSON], the former police chief.",
        "COERCE/asserted 'ordered' actor=Santiago recipient=Ricardo Yanez")]
    // a verb of knowing or telling between a negation and the act's noun takes the negation (it read the raids not made)
    [InlineData("[Pakistan|LOC]'s military did not confirm the raids.", "ASSAULT/asserted 'raids' actor=Pakistan recipient=-")]
    // a verb's object past a nationality and a title is that verb's, no subject of an act after "and" (it read Evdokimov protesting)
    [InlineData("The [Azerbaijani Foreign Ministry|ORG] summoned [Russian|NORP] Ambassador [Mikhail Evdokimov|PERSON] and handed him a note of protest.",
        "CONSULT/asserted 'summoned' actor=Azerbaijani Foreign Ministry recipient=Mikhail Evdokimov")]
    // a participle and its phrase after people who are a preposition's object describe them (it read Baku detaining)
    [InlineData("[Baku|LOC] condemned the treatment of [Azerbaijani|NORP] citizens detained in [Yekaterinburg|LOC].", "ACCUSE/asserted 'condemned' actor=Baku recipient=-")]
    // a participle and its phrase after the noun of an apposition describe it (it read the TTP allying itself on Saturday)
    [InlineData("The [TTP|ORG], a separate group allied with the [Afghan Taliban|ORG], claimed responsibility for an attack on [Saturday|DATE].",
        "ASSAULT/asserted 'attack' actor=TTP recipient=-")]
    // the speaker is no party to an act told inside the speech (it read Moscow promising Shibutov); a word or two in quotation
    // marks is no speech
    [InlineData("\"[Moscow|LOC] simply cannot supply what it promised,\" said [Marat Shibutov|PERSON], a political scientist.", "")]
    [InlineData("[China|LOC]'s coast guard said it had \"expelled\" the [Philippine|NORP] ships.", "COERCE/asserted 'expelled' actor=China recipient=Philippine")]
    // "insist" before a clause in the indicative without "that" states a fact (it read a demand to Moscow); the subjunctive demands
    [InlineData("[Kazakh|NORP] officials insist the country remains committed to its alliance with [Moscow|LOC].", "")]
    [InlineData("[Moscow|LOC] insisted [Kyiv|LOC] withdraw its forces.", "REQUEST/asserted 'insisted' actor=Moscow recipient=Kyiv | RETREAT/hypothetical 'withdraw' actor=Kyiv recipient=-")]
    // an infinitive after "and to" shares the subject of the infinitive before it (it read the Russians taking part)
    [InlineData("[Kazakhstan|LOC] would continue to buy [Russian|NORP] equipment and to take part in [CSTO|ORG] exercises.",
        "COOPERATE/hypothetical 'buy' actor=Kazakhstan recipient=Russian | AGREE/hypothetical 'take' actor=Kazakhstan recipient=CSTO")]
    // a relative pronoun's antecedent may end in its acronym in parentheses (it found no one urging)
    [InlineData("The arrests drew criticism from the [Committee to Protect Journalists|ORG] ([CPJ|ORG]), which urged President [Sadyr Japarov|PERSON] to release the reporters.",
        "ACCUSE/asserted 'criticism' actor=Committee to Protect Journalists recipient=- | REQUEST/asserted 'urged' actor=Committee to Protect Journalists recipient=Sadyr Japarov")]
    // a name with a possessive after the object's comma opens an apposition, no second object (it read Temirov sentenced too)
    [InlineData("A court in [Bishkek|LOC] sentenced [Makhabat Tazhibek kyzy|PERSON], [Temirov|PERSON]'s wife and the outlet's director, to six years in prison.",
        "COERCE/asserted 'sentenced' actor=Bishkek recipient=Makhabat Tazhibek kyzy")]
    // past the noun's clause verb or a conjunction of time, "by" names another's agent (it read Ashgabat making the deal); past a
    // passive's verb it names the noun's
    [InlineData("The deal comes after years of failed attempts by [Ashgabat|LOC] to diversify its exports.", "")]
    [InlineData("Sanctions were imposed on [Belarus|LOC] by the [European Union|ORG].", "COERCE/asserted 'Sanctions' actor=European Union recipient=-")]
    // "the two" alone stands for the pair of the act before (it found no one signing)
    [InlineData("[Ilham Aliyev|PERSON] hosted [Serdar Berdimuhamedov|PERSON] in [Baku|LOC] on [March 5|DATE], and the two signed a declaration on energy cooperation.",
        "CONSULT/asserted 'hosted' actor=Ilham Aliyev recipient=Serdar Berdimuhamedov | SUPPORT/asserted 'signed' actor=Ilham Aliyev recipient=Serdar Berdimuhamedov")]
    // a participle joined to a passive one has its agent and its subject (it read the speaker holding the migrants); a participle
    // in quotation marks after "been" is passive
    [InlineData("[Diosdado Cabello|PERSON] said the migrants had been \"kidnapped\" by the [Salvadoran|NORP] government and held in a prison.",
        "ASSAULT/asserted 'kidnapped' actor=Salvadoran recipient=- | COERCE/asserted 'held' actor=Salvadoran recipient=-")]
    [InlineData("[Navalny|PERSON] was arrested by [Russian|NORP] police and jailed.",
        "COERCE/asserted 'arrested' actor=Russian recipient=Navalny | COERCE/asserted 'jailed' actor=Russian recipient=Navalny")]
    // a state's ruling body may take one modifier after "the" (it found no one urged)
    [InlineData("[Moussa Mara|PERSON] said [Mali|LOC]'s military government had failed and urged the transitional authorities to restore civic freedoms.",
        "REQUEST/asserted 'urged' actor=Moussa Mara recipient=Mali")]
    // a group's people before "and" are the partner of a nationality's people after it (it found one side)
    [InlineData("[Taliban|ORG] fighters and [Tajik|NORP] border guards exchanged fire near the village of [Ishkashim|LOC].",
        "ASSAULT/asserted 'exchanged' actor=Tajik recipient=Taliban | ASSAULT/asserted 'exchanged' actor=Taliban recipient=Tajik")]
    // "as" ends the words before an act's noun that may name its party (it read Kavelashvili protesting)
    [InlineData("[Georgia|LOC]'s Ruling Party Installs [Kavelashvili|PERSON] as Protests Continue", "")]
    // "security forces" opening the text after a dateline stand for the state as the police do (it found no one arresting)
    [InlineData("[KHARTOUM|LOC] (Reuters) - Security forces arrested [Ahmed Ali|PERSON] on [Sunday|DATE].", "COERCE/asserted 'arrested' actor=KHARTOUM recipient=Ahmed Ali")]
    // a protest whose people were killed, counted, is no act of the killers (it read the state demonstrating); the killing is
    // the state's, past the count's "at least"
    [InlineData("[ANTANANARIVO|LOC] (Reuters) - Security forces killed at least 22 people during the demonstrations.", "ASSAULT/asserted 'killed' actor=ANTANANARIVO recipient=-")]
    // "her" before a preposition is the object pronoun (it found no one charged)
    [InlineData("Police in [Baku|LOC] detained [Ulviyya Ali|PERSON] and charged her with smuggling.",
        "COERCE/asserted 'detained' actor=Baku recipient=Ulviyya Ali | ACCUSE/asserted 'charged' actor=Baku recipient=Ulviyya Ali")]
    // an order that its object be held is an arrest, the participle no act of its own (it read a request, or the
    // detained man detaining)
    [InlineData("A court in [Moscow|LOC] ordered [Alexei Navalny|PERSON] held for two months pending trial.",
        "COERCE/asserted 'ordered' actor=Moscow recipient=Alexei Navalny")]
    [InlineData("A court in [Moscow|LOC] ordered [Alexei Navalny|PERSON] detained for two months.",
        "COERCE/asserted 'ordered' actor=Moscow recipient=Alexei Navalny")]
    // a person dismissed by another is removed from office, as one dismissed by name is (it read an accusation)
    [InlineData("[Zulushev|PERSON], who was dismissed by President [Sadyr Japarov|PERSON] in [2023|DATE], had pleaded not guilty.", "")]
    // "it" after a verb of saying whose subject is a people's acting body stands for that body, "they" after the police's
    // for the police (both read the organisation named before)
    [InlineData("The [Bureau of Fisheries|ORG] sent ships. The [Chinese|NORP] coast guard said it had expelled the [Philippine|NORP] vessels.",
        "COERCE/asserted 'expelled' actor=Chinese recipient=Philippine")]
    [InlineData("The [Bureau of Fisheries|ORG] sent ships. Police said they had arrested [Ahmed Ali|PERSON].", "")]
    // a participle after one of judging names a state, no act (it read the Americans detaining Saab)
    [InlineData("[Venezuela|LOC] released 10 [Americans|NORP], including six considered wrongfully detained, in exchange for [Alex Saab|PERSON].",
        "RETREAT/asserted 'released' actor=Venezuela recipient=Americans")]
    // a headline's words before its colon label the story (it read Bangladesh accusing)
    [InlineData("[Bangladesh|LOC] Protests: What We Know", "")]
    // a verb's gerund after "from" has its own object (it read the court blocking Haiti); an adjective in "-ing" has none
    [InlineData("[Kenya|LOC]'s [High Court|ORG] on [Friday|DATE] blocked the government from deploying police officers to [Haiti|LOC].", "")]
    [InlineData("[Syria|LOC] says it is willing to withdraw its troops from neighboring [Lebanon|LOC].", "AGREE/anticipated 'withdraw' actor=Syria recipient=Lebanon")]
    // an arrest warrant issued for someone is an arrest ordered (it read a request of no one)
    [InlineData("[Malian|NORP] authorities issued an arrest warrant for chief executive [Mark Bristow|PERSON] in [December|DATE].",
        "COERCE/asserted 'issued' actor=Malian recipient=Mark Bristow")]
    // a verb after "and" whose object is what is done to the reported clause's subject joins the reporting verb (it read
    // the agency of the sentence before demanding)
    [InlineData("[Serbia|LOC]'s [Security Information Agency|ORG] said the officers had crossed the border. [Kosovo|LOC] said they had been abducted inside [Kosovo|LOC] and demanded their release.",
        "REQUEST/asserted 'demanded' actor=Kosovo recipient=-")]
    // a newspaper's name before a reporter's title names the reporter after it, who is the one freed (it read the newspaper)
    [InlineData("[Russia|LOC] freed [Wall Street Journal|ORG] reporter [Evan Gershkovich|PERSON] on [Thursday|DATE].",
        "CONCEDE/asserted 'freed' actor=Russia recipient=Evan Gershkovich")]
    // a dateline's place is no antecedent of "it" (it read the dateline issuing the warrant)
    [InlineData("[ULAANBAATAR|LOC], [Sept. 3|DATE] -- [Vladimir Putin|PERSON] arrived for his first visit to a member state of the [International Criminal Court|ORG] ([ICC|ORG]) since it issued a warrant for his arrest.",
        "CONSULT/asserted 'visit' actor=Vladimir Putin recipient=- | REQUEST/asserted 'issued' actor=International Criminal Court recipient=Vladimir Putin")]
    // a reporting clause after a comma may run to seven words, a name and its "'s" counted as one; it names no party (it read
    // the SBU set on fire)
    [InlineData("[Ukrainian|NORP] [drones|WEAPON] struck an oil depot overnight, setting several fuel tanks on fire, a source in [Ukraine|LOC]'s [SBU|ORG] security service told [Reuters|ORG] on [Friday|DATE].",
        "ASSAULT/asserted 'struck' actor=Ukrainian recipient=- | ASSAULT/asserted 'setting' actor=Ukrainian recipient=-")]
    // an acronym in parentheses does not count against the length of an aside without a verb (it read the party calling)
    [InlineData("Former President [Evo Morales|PERSON], a rival of [Arce|PERSON] within the ruling [Movement for Socialism|ORG] ([MAS|ORG]), condemned [Zuniga|PERSON].",
        "ACCUSE/asserted 'condemned' actor=Evo Morales recipient=Zuniga")]
    // the pair a passive's subject stands for is acted on, by no one named (it read one freeing the other)
    [InlineData("[Faye|PERSON] became the candidate of [Ousmane Sonko|PERSON]. Both men were freed under an amnesty law this month.", "")]
    // to shelter in a place is to be sheltered, no aid given (it read Gonzalez aiding the Dutch); sheltering someone is aid
    [InlineData("[Edmundo Gonzalez|PERSON] had been sheltering in the [Dutch|NORP] embassy since the election.", "")]
    [InlineData("[Pakistan|LOC] has been sheltering [Taliban|ORG] leaders for years.", "AID/asserted 'sheltering' actor=Pakistan recipient=Taliban")]
    // officers named in the plural "from" a body act for it, as "agents of" it do (it read no actor)
    [InlineData("Officers from the [National Security Service|ORG] arrested [Ivanov|PERSON] on [Wednesday|DATE].",
        "COERCE/asserted 'arrested' actor=National Security Service recipient=Ivanov")]
    // to engage in what no pattern names is force only when it is fighting or violence (it read a feud as an assault)
    [InlineData("[Nikol Pashinyan|PERSON], who has been engaged in a public feud with [Karekin II|PERSON], wrote on [Facebook|ORG] that the plot had been foiled.", "")]
    [InlineData("[Serb|NORP] forces were engaged in ethnic cleansing against the [Albanian|NORP] population.",
        "ASSAULT/asserted 'engaged' actor=Serb recipient=Albanian")]
    // a chargé d'affaires named after the title is the one summoned (it read the nationality)
    [InlineData("[Azerbaijan|LOC]'s [Foreign Ministry|ORG] summoned the [Russian|NORP] chargé d'affaires, [Pyotr Volokovykh|PERSON], on [Monday|DATE].",
        "CONSULT/asserted 'summoned' actor=Foreign Ministry recipient=Pyotr Volokovykh")]
    // a participle and its phrase after "of" and a counted noun describe that noun (it read Melia jailing)
    [InlineData("[Nika Melia|PERSON] is the latest of at least seven opposition politicians jailed in recent weeks.", "")]
    // an adjective closing the first verb phrase after the object of "called" says what it is called (it read a phone call)
    [InlineData("[Nurgeldi Halykov|PERSON] was jailed in 2020. The [UN|ORG] working group had called his detention arbitrary and demanded his release.",
        "REQUEST/asserted 'demanded' actor=UN recipient=Nurgeldi Halykov")]
    // recalling an ambassador "for consultations" holds no consultation (it read CONSULT 'consultations')
    [InlineData("[Somalia|LOC]'s government recalled its ambassador to [Ethiopia|LOC] for consultations.",
        "SANCTION/asserted 'recalled' actor=Somalia recipient=Ethiopia")]
    // a target the act's noun names after coordinated subjects is each one's (it read Israel for the last of the list only)
    [InlineData("[Britain|LOC] and [France|LOC] condemned the attack on [Israel|LOC].",
        "ACCUSE/asserted 'condemned the attack' actor=France recipient=Israel | ACCUSE/asserted 'condemned the attack' actor=Britain recipient=Israel")]
    // what one is protected from is the threat, no one protected (it read Rwanda defending the FDLR)
    [InlineData("[Rwanda|LOC] says it must protect itself from the [Democratic Forces for the Liberation of Rwanda|ORG], a militia.", "")]
    // a requester "at the request of" names by no name is nobody else in the sentence (it read Matraimov requesting)
    [InlineData("[Kloop|ORG], which reported on the family of former customs official [Raimbek Matraimov|PERSON], was liquidated in [2024|DATE] at the request of the prosecutor's office.", "")]
    // a party named among those acted on with the subject is no actor of the passive (it read Kloop arresting)
    [InlineData("[Akyl Orozbekov|PERSON] was arrested in [January|DATE] along with six other former [Kloop|ORG] employees.", "")]
    // a place before a body's premises and "of" says where they are (it read Baku raided); a party in the charge of a verb whose
    // object stands before it is no one accused (it read the FSB accused)
    [InlineData("[Azerbaijani|NORP] police raided the [Baku|LOC] office of [Sputnik|ORG] and detained two employees, whom the [State Security Service|ORG] accused of working for the [FSB|ORG].",
        "ASSAULT/asserted 'raided' actor=Azerbaijani recipient=Sputnik | COERCE/asserted 'detained' actor=Azerbaijani recipient=- | ACCUSE/asserted 'accused' actor=State Security Service recipient=-")]
    // a place within land is no siege (it read the Kyrgyz assaulting Vorukh)
    [InlineData("Residents of the [Tajik|NORP] exclave of [Vorukh|LOC], which is surrounded by [Kyrgyz|NORP] territory, want the road reopened.", "")]
    // a clause of "after" whose subject is a noun's phrase naming its party has its own parties (it read the party resigned from)
    [InlineData("Prime Minister [Milos Vucevic|PERSON] resigned in [January|DATE] after supporters of the ruling [Serbian Progressive Party|ORG] attacked students.",
        "RETREAT/asserted 'resigned' actor=Milos Vucevic recipient=- | ASSAULT/asserted 'attacked' actor=Serbian Progressive Party recipient=-")]
    // to clear a place is no concession (it read CONCEDE)
    [InlineData("Police in [Pakistan|LOC] cleared [D-Chowk|LOC] square on [Wednesday|DATE].", "")]
    // the subject of a passive clause before is acted on by the one after "and" too (it read the Chinese attacking the Afghans)
    [InlineData("[DUSHANBE|LOC], [Nov. 27|DATE] -- Three [Chinese|NORP] citizens were killed and another was wounded in an attack launched from [Afghan|NORP] territory on a camp in southern [Tajikistan|LOC], the [Tajik Foreign Ministry|ORG] said on [Thursday|DATE].", "")]
    // the ends of a cable are no parties (it read Finland suspected and damaged)
    [InlineData("[Finnish|NORP] authorities seized a tanker that they suspect damaged four cables between [Finland|LOC] and [Estonia|LOC].",
        "COERCE/asserted 'seized' actor=Finnish recipient=-")]
    // a city is no "they"; a state, failing all else, may be (it read Islamabad targeting)
    [InlineData("[Pakistan|LOC]'s military did not confirm the raids, but a security official in [Islamabad|LOC] said they had targeted hideouts of the [Pakistani Taliban|ORG].",
        "ASSAULT/asserted 'raids' actor=Pakistan recipient=- | ASSAULT/asserted 'targeted' actor=Pakistan recipient=Pakistani Taliban")]
    // an act a video shows is not staged by whoever posts it (it read Trump protesting by the pattern "post … strike", then
    // Trump striking)
    [InlineData("[Trump|PERSON] posted a video of the strike on social media.", "")]
    // a participle and its object after the object describe it (it read Venezuela struck)
    [InlineData("The [U.S.|LOC] military struck a boat carrying drugs from [Venezuela|LOC] on [Tuesday|DATE].",
        "ASSAULT/asserted 'struck' actor=U.S. recipient=-")]
    // to serve a sentence helps no one (it read Bishimbayev cooperating with his wife)
    [InlineData("[Bishimbayev|PERSON] is serving a 24-year sentence for the murder of his wife, [Saltanat Nukenova|PERSON].", "")]
    // the possessor of the words describing a name is not the party, the name is (it read Kazakhstan sentenced)
    [InlineData("A court in [Almaty|LOC] sentenced a former deputy head of [Kazakhstan|LOC]'s state holding [Baiterek|ORG] to nine years in prison.",
        "COERCE/asserted 'sentenced' actor=Almaty recipient=Baiterek")]
    // a transfer's "to" names its receiver though a time stands before the infinitive (it read the co-subject)
    [InlineData("The [United States|LOC] and [Switzerland|LOC] agreed [last year|DATE] to return [$182 million|MONEY] of her assets to [Uzbekistan|LOC] through a [United Nations|ORG] trust fund.",
        "AGREE/asserted 'agreed last year to return' actor=Switzerland recipient=Uzbekistan")]
    // to come to power is no visit (it read Mirziyoyev meeting Karimov)
    [InlineData("[Mirziyoyev|PERSON], who came to power after the death of [Islam Karimov|PERSON] in [2016|DATE], won a new term.", "")]
    // a gerund after a time's conjunction past a reporting clause set off by commas is not the speaker's (it read the
    // commander launching the incursion)
    [InlineData("[Ukrainian|NORP] forces control much of [Russia|LOC]'s [Kursk|LOC] region, army commander [Oleksandr Syrskyi|PERSON] said on [Monday|DATE], a week after launching an incursion into [Russia|LOC].", "")]
    // "by" after "fly" names the means of the flight (it read Hasina giving aid to Agartala)
    [InlineData("[Hasina|PERSON] flew by military [helicopter|WEAPON] to [Agartala|LOC] in [India|LOC].", "")]
    // whose things they are is no actor of what the things do (it read Hezbollah wounding Iran's ambassador)
    [InlineData("Pagers used by members of [Hezbollah|ORG] exploded across [Lebanon|LOC] on [Tuesday|DATE], wounding about 2,800, including [Iran|LOC]'s ambassador.", "")]
    // those a participle says were killed in an attack are hit by it, not its actors (it read the Afghans striking)
    [InlineData("Three [Afghan|NORP] cricketers were among those killed in an air strike in [Paktika|LOC], the [Afghanistan Cricket Board|ORG] said.", "")]
    // a clause of "after" whose verb follows an auxiliary has parties of its own (it read Spain refusing Sheinbaum)
    [InlineData("[Spain|LOC]'s government refused to send a representative after [Sheinbaum|PERSON] did not invite King [Felipe VI|PERSON].",
        "REJECT/asserted 'refused' actor=Spain recipient=- | CONSULT/negated 'invite' actor=Sheinbaum recipient=Felipe VI")]
    // a participle of the present after a comma opens a clause with its own object (it read Scholz withdrawn from; a
    // withdrawal aimed at no one named is no event)
    [InlineData("[Free Democratic Party|ORG] said it would withdraw its ministers from the government, leaving [Scholz|PERSON]'s party in a minority government.", "")]
    // a clause of "after" whose subject is a title and a name has parties of its own (it read the general rallied against)
    [InlineData("Thousands of [Traore|PERSON]'s supporters rallied in [Ouagadougou|LOC] after [U.S.|LOC] General [Michael Langley|PERSON] accused the junta of corruption.",
        "PROTEST/asserted 'rallied' actor=Traore recipient=- | ACCUSE/asserted 'accused' actor=Michael Langley recipient=-")]
    // to overtake is no threat, whatever the dictionary's pattern "… with" says (it read Kazakhstan threatening Russia)
    [InlineData("[Kazakhstan|LOC]'s trade with [China|LOC] rose by 18 percent, overtaking its trade with [Russia|LOC] for the first time.", "")]
    // a place before a facility's noun names the facility, which acts for no one (it read Rogun allowing exports)
    [InlineData("The [Rogun|LOC] dam is expected to double [Tajikistan|LOC]'s electricity output and allow exports to [Afghanistan|LOC].", "")]
    // charges rejected are not the rejecter's (it read Israel accusing)
    [InlineData("[Netanyahu|PERSON]'s office said [Israel|LOC] rejected the \"absurd and false\" accusations.", "REJECT/asserted 'rejected' actor=Israel recipient=-")]
    // to call someone a quoted name past the nouns a people's name describes is no call (it read Kim phoning the Russians)
    [InlineData("[Kim|PERSON] called the [Russian|NORP] leader \"the dearest friend of the [Korean|NORP] people\".", "")]
    // an act a dispute is about, after "over", is another's (it read a second agreement in the deal)
    [InlineData("[Ethiopia|LOC] and [Somalia|LOC] agreed to end a dispute over a port deal.",
        "AGREE/asserted 'agreed to end' actor=Somalia recipient=Ethiopia")]
    // a body's modifiers stand between a relation's "in" and the body (it read Armenia frozen)
    [InlineData("[Pashinyan|PERSON] has frozen [Armenia|LOC]'s participation in the [Russian|NORP]-led [Collective Security Treaty Organization|ORG].",
        "SANCTION/asserted 'frozen' actor=Pashinyan recipient=Collective Security Treaty Organization")]
    // a participle of serving and a preposition of place after a noun describe it (it read the African Union threatened)
    [InlineData("[Mogadishu|LOC] threatened to expel troops serving in an [African Union|ORG] peacekeeping mission.", "THREATEN/asserted 'threatened' actor=Mogadishu recipient=-")]
    // a past participle set off after a name tells what was done to the one named, by its agent only (it read Shikhmuradov
    // jailing, and nothing backing the SDF); not after a name in apposition, whose comma closes the aside
    [InlineData("The fate of former foreign minister [Boris Shikhmuradov|PERSON], jailed in [2002|DATE], remains unknown.", "")]
    [InlineData("The [SDF|ORG], backed by the [United States|LOC], controls much of northeast [Syria|LOC].",
        "SUPPORT/asserted 'backed' actor=United States recipient=SDF")]
    [InlineData("The de facto president of [Abkhazia|LOC], [Aslan Bzhania|PERSON], resigned on [November 19|DATE].",
        "RETREAT/asserted 'resigned' actor=Aslan Bzhania recipient=-")]
    // "for" and a gerund after the object give the reason; a party in it is no one acted on (it read the Iranians sanctioned)
    [InlineData("The [Treasury Department|ORG] sanctioned three vessels and a company for shipping [Iranian|NORP] oil to ports.",
        "COERCE/asserted 'sanctioned' actor=Treasury Department recipient=-")]
    // a clause of "after" whose subject is a title and a name has its own parties (it read Pashinyan as the power seized)
    [InlineData("Police detained [Bagrat Galstanyan|PERSON] on charges of plotting to seize power, days after Prime Minister [Nikol Pashinyan|PERSON] called for his resignation.",
        "ASSAULT/anticipated 'seize' actor=Bagrat Galstanyan recipient=- | REQUEST/asserted 'called' actor=Nikol Pashinyan recipient=-")]
    // "and that" opens a second reported clause, whose subject acts in no event of the first (it read Washington consulting Trump)
    [InlineData("The [White House|ORG] said President [Donald Trump|PERSON] had not been consulted and that [Washington|LOC] had warned [Qatar|LOC] before the strike.",
        "THREATEN/asserted 'warned' actor=Washington recipient=Qatar")]
    // to serve under someone is no cooperation (it read Nysanbayev cooperating with Mamin)
    [InlineData("[Nysanbayev|PERSON], who served under former prime minister [Askar Mamin|PERSON], was found guilty of taking bribes.", "")]
    // an adverb of time in no "-ly" between the auxiliary and the participle leaves it passive (it read Gilman detaining)
    [InlineData("[Gilman|PERSON] was first detained in [January 2024|DATE] in the city of [Voronezh|LOC].", "")]
    [InlineData("[Gilman|PERSON] was later charged with kicking a police officer and jailed for three years.", "")]
    // a gerund of the charge is no act of the clause's parties (it read Tajikistan organising)
    [InlineData("A court in [Tajikistan|LOC] sentenced [Muhiddin Kabiri|PERSON] to life on charges of terrorism and organising a criminal group.",
        "COERCE/asserted 'sentenced' actor=Tajikistan recipient=Muhiddin Kabiri")]
    // a body's name before its people's noun in a passive's subject is on the side acted on (it read the IRPT deporting)
    [InlineData("Several [IRPT|ORG] activists have been deported to [Tajikistan|LOC] from [Europe|LOC] in recent years.", "")]
    // a checkpoint is a facility, which acts for no one (it read Dostuk-2 aiding the bank)
    [InlineData("The [Dostuk-2|LOC] checkpoint, built with funding from the [Asian Development Bank|ORG], can handle 2,000 vehicles a day.", "")]
    // a noun of alliance right before a name describes the name (it read the United States allied with Russia)
    [InlineData("[Armenia|LOC] and the [United States|LOC] signed a charter, in a sign of [Yerevan|LOC]'s shift away from its traditional ally [Russia|LOC].",
        "SUPPORT/asserted 'signed' actor=United States recipient=Armenia")]
    // an appeal is one whether or not whom it is made of is named: "urge" has no other reading, and a request's pattern may name
    // what is asked for (both read no event); "called on" still needs its party
    [InlineData("[U.S.|LOC] special envoy [Tom Perriello|PERSON] urged both sides to return to talks in [Jeddah|LOC].", "REQUEST/asserted 'urged' actor=Tom Perriello recipient=-")]
    [InlineData("[Saudi Arabia|LOC], which fought the [Houthis|NORP] for years, called for restraint.", "ASSAULT/asserted 'fought' actor=Saudi Arabia recipient=Houthis | REQUEST/asserted 'called' actor=Saudi Arabia recipient=-")]
    [InlineData("[Egypt|LOC] called on the two sides.", "")]
    // an article's modifier before a name leaves a base form after it a noun (it read the ally's verb, and the United States refusing)
    [InlineData("[Pakistan|LOC], a key [U.S.|LOC] ally, has refused to deploy peacekeepers in [Iraq|LOC].", "REJECT/asserted 'refused' actor=Pakistan recipient=-")]
    // "once again" opens no subordinate clause, and a gerund after a preposition is no clause verb a participle joins (it read the
    // agreement urging); the participle has a status of its own, not the refusal's (it read the urging negated)
    [InlineData("[Bangladesh|LOC] has once again rejected an [Indian|NORP] proposal for signing [Free Trade Agreement|ORG] ([FTA|ORG]) with her, urging the counterpart to sign the regional pact.",
        "REJECT/asserted 'rejected' actor=Bangladesh recipient=Indian | REQUEST/asserted 'urging' actor=Bangladesh recipient=-")]
    [InlineData("[Bangladesh|LOC] rejected the proposal, urging [India|LOC] to sign the agreement.", "REJECT/asserted 'rejected' actor=Bangladesh recipient=- | REQUEST/asserted 'urging' actor=Bangladesh recipient=India")]
    // mediation is mediation (the dictionary's default read a concession), by each of coordinated mediators, who need no party
    // named (it read none)
    [InlineData("[Saudi Arabia|LOC] and the [United States|LOC] mediated those negotiations.",
        "CONSULT/asserted 'mediated' actor=United States recipient=- | CONSULT/asserted 'mediated' actor=Saudi Arabia recipient=-")]
    // the possessor of one's adversaries is no target of a threat to them (it read recipient=Israel)
    [InlineData("[Yoav Gallant|PERSON] warned [Israel|LOC]'s enemies that it would strike wherever necessary.", "THREATEN/asserted 'warned' actor=Yoav Gallant recipient=-")]
    // moving someone somewhere asks nothing of them (it read a request of Taiwan)
    [InlineData("[Zhu|PERSON] said the [Democratic Progressive Party|ORG] was pushing [Taiwan|LOC] toward danger.", "")]
    // vessels dispatched are forces mobilised, by the state whose coast guard sends them (it read none)
    [InlineData("[Taiwan|LOC]'s coast guard dispatched vessels to shadow the ships.", "MOBILIZE/asserted 'dispatched' actor=Taiwan recipient=-")]
    // forces withdrawn retreat, wherever from; an envoy recalled reduces relations, wherever posted; shipping is a target of force
    // (each read none)
    [InlineData("[Denmark|LOC] withdrew its special forces contingent last month.", "RETREAT/asserted 'withdrew' actor=Denmark recipient=-")]
    [InlineData("[France|LOC] recalled its ambassador for consultations.", "SANCTION/asserted 'recalled' actor=France recipient=-")]
    [InlineData("The [Houthis|NORP] have attacked shipping in the [Red Sea|LOC] since [November|DATE].", "ASSAULT/asserted 'attacked' actor=Houthis recipient=-")]
    // "it" after an unnamed body that an earlier verb takes as its object stands for that body's state (it read recipient=Paris),
    // and a pattern's words stop at a second verb after "and" (it read "condemned … of" as an arrest, and no accusation)
    [InlineData("Relations between [Bamako|LOC] and [Paris|LOC] soured. [Le Drian|PERSON] had called the junta \"illegitimate\" and accused it of using [Russian|NORP] mercenaries.",
        "ACCUSE/asserted 'accused' actor=Le Drian recipient=-")]
    [InlineData("[Mali|LOC]'s junta expelled the ambassador. [Le Drian|PERSON] condemned the junta and accused it of using [Russian|NORP] mercenaries.",
        "SANCTION/asserted 'expelled' actor=Mali recipient=- | ACCUSE/asserted 'condemned' actor=Le Drian recipient=Mali | ACCUSE/asserted 'accused' actor=Le Drian recipient=Mali")]
    // the partner "with" names after the noun inside the committed act's pattern is the intent's party (it read none)
    [InlineData("[Aliyev|PERSON] said [Baku|LOC] was ready to sign a peace treaty with [Armenia|LOC].", "AGREE/asserted 'ready to sign' actor=Baku recipient=Armenia")]
    // "and" may join two descriptions in an aside after the subject: the passive's subject is acted on, by no one named (it read
    // Temirov expelling)
    [InlineData("[Bolot Temirov|PERSON], the outlet's founder and [Tazhibek kyzy|PERSON]'s husband, was expelled to [Russia|LOC] in [2022|DATE].", "")]
    // to call something so in a clause of "which" names it (it read a phone call to Huangyan Island)
    [InlineData("[China|LOC]'s coast guard expelled the vessel from waters around the shoal, which it calls [Huangyan Island|LOC].", "COERCE/asserted 'expelled' actor=China recipient=-")]
    // to suspend a body or a medium restricts it (it read none), as the headline's second verb after a comma does
    [InlineData("[Niger|LOC] Junta Suspends [BBC|ORG], Accuses Broadcaster of Spreading False Information\n\nThe decision came on [Thursday|DATE].",
        "COERCE/asserted 'Suspends' actor=Niger recipient=BBC | ACCUSE/asserted 'Accuses' actor=Niger recipient=-")]
    [InlineData("[Niger|LOC]'s military authorities suspended the [BBC|ORG] for three months.", "COERCE/asserted 'suspended' actor=Niger recipient=BBC")]
    // capitalised words no name covers after an article name the treaty, which a verb that is no staging one does not make; nor
    // is one a party takes part in made (both read an agreement)
    [InlineData("[Russia|LOC] suspended the New START treaty.", "")]
    [InlineData("[Russia|LOC] suspended its participation in the treaty.", "")]
    // a people's name may describe a head noun of three words opening a clause of "after" (it read no actor)
    [InlineData("The [Philippines|LOC] summoned a [Chinese|NORP] diplomat after a [Chinese|NORP] coast guard ship fired a water cannon at a [Philippine|NORP] fisheries vessel.",
        "CONSULT/asserted 'summoned' actor=Philippines recipient=Chinese | ASSAULT/asserted 'fired' actor=Chinese recipient=Philippine")]
    // an irregular participle the dictionary lacks is the verb's ("withdrawn" read nothing), and "It" opening a sentence goes on
    // with the state's ruling body the sentence before opened with (it read the French troops withdrawing)
    [InlineData("[Niger|LOC]'s junta suspended the [BBC|ORG]. The junta has previously expelled [French|NORP] troops. It has also withdrawn from [ECOWAS|ORG].",
        "COERCE/asserted 'suspended' actor=Niger recipient=BBC | COERCE/asserted 'expelled' actor=Niger recipient=French | SANCTION/asserted 'withdrawn' actor=Niger recipient=ECOWAS")]
    // a time between a verb and its infinitive leaves the infinitive its complement, aimed at the complement's party (it read the
    // threat with no party and a relation broken off)
    [InlineData("The [Azerbaijani|NORP] parliament threatened on [Monday|DATE] to break relations with [Russia|LOC].", "THREATEN/asserted 'threatened' actor=Azerbaijani recipient=Russia")]
    // to break with a party ends one's ties with it, no threat (the dictionary's pattern read one); a military mission launched
    // mobilises forces, no intent to meet; a right of first refusal, or one claimed, is no act (each read one)
    [InlineData("[Salome Zourabichvili|PERSON], who has broken with the ruling [Georgian Dream|ORG] party, accused the government.",
        "SANCTION/asserted 'broken' actor=Salome Zourabichvili recipient=Georgian Dream | ACCUSE/asserted 'accused' actor=Salome Zourabichvili recipient=-")]
    [InlineData("The [European Union|ORG] launched a naval mission to protect merchant ships.", "MOBILIZE/asserted 'launched' actor=European Union recipient=-")]
    [InlineData("An arbitration panel rejected [Exxon Mobil|ORG]'s claim to a right of first refusal over [Hess|ORG]'s stake in an oilfield off [Guyana|LOC].", "")]
    [InlineData("[Chevron|ORG] claimed ownership of the field from [Exxon|ORG].", "")]
    // people freed are released, no concession (it read CONCEDE), as people released are
    [InlineData("[Venezuela|LOC] Frees Six [Americans|NORP] After Envoy Visit\n\nThe men flew home on [Friday|DATE].", "RETREAT/asserted 'Frees' actor=Venezuela recipient=Americans")]
    [InlineData("[Belarus|LOC] freed 14 jailed journalists.", "RETREAT/asserted 'freed' actor=Belarus recipient=-")]
    // the unnamed noun a participle of trying describes does the infinitive's act (it read the police blocking the entrances)
    [InlineData("[TBILISI|LOC], [April 15|DATE] ([Reuters|ORG]) - Police detained 11 protesters and used pepper spray to push back crowds trying to block the entrances to the building.",
        "COERCE/asserted 'detained' actor=TBILISI recipient=-")]
    // prosecutors need no article to act for the state of the dateline, as police do (they read no actor)
    [InlineData("[SEOUL|LOC], [Dec 14|DATE] ([Yonhap|ORG]) -- [South Korea|LOC]'s parliament met. Prosecutors have banned [Yoon|PERSON] from leaving the country.",
        "COERCE/asserted 'banned' actor=South Korea recipient=Yoon")]
    // a people's forces before "and" are a group's partner too, and a group before its members' noun is the subject right
    // before the verb (it read the Taliban alone); military sites are a target of force (it read none)
    [InlineData("[Pakistani|NORP] forces and [Taliban|ORG] fighters exchanged fire at the border crossing on [Monday|DATE].",
        "ASSAULT/asserted 'exchanged' actor=Taliban recipient=Pakistani | ASSAULT/asserted 'exchanged' actor=Pakistani recipient=Taliban")]
    [InlineData("[Israel|LOC] struck military sites near the capital.", "ASSAULT/asserted 'struck' actor=Israel recipient=-")]
    // "them" after an unnamed plural object stands for it, no name before (it read the European Council urged)
    [InlineData("[European Council|ORG] President [Charles Michel|PERSON] said 26 leaders had backed the package. [Zelenskiy|PERSON] thanked the other leaders and urged them to find a solution quickly.",
        "REQUEST/asserted 'urged' actor=Zelenskiy recipient=-")]
    // a people's crowd blocking a way obstructs passage, a protest (it read coercion)
    [InlineData("[Serbian|NORP] Students Block Bridges as Protests Grow\n\nThe protests went on.", "PROTEST/asserted 'Block' actor=Serbian recipient=-")]
    // an acronym in parentheses after the subject's name leaves the past form a verb (there was no event)
    [InlineData("The [African Union|ORG] ([AU|ORG]) threatened military intervention in [Niger|LOC].", "THREATEN/asserted 'threatened' actor=African Union recipient=-")]
    // a verb after ", and" shares the subject of the main clause, past a clause of "if" (it read actor=Bazoum) …
    [InlineData("[ECOWAS|ORG] threatened intervention if [Bazoum|PERSON] was not reinstated, and cut off electricity supplies to [Niger|LOC].",
                "THREATEN/asserted 'threatened' actor=ECOWAS recipient=- | SANCTION/asserted 'cut' actor=ECOWAS recipient=Niger")]
    // … and past a modal's clause that a verb of speech reports (there was no event)
    [InlineData("[Russia|LOC] warned that it would respond, and expelled two [Finnish|NORP] diplomats.", "SANCTION/asserted 'expelled' actor=Russia recipient=Finnish")]
    // a pattern's word before the verb is no subject of it past "and" (the pattern "court … accuse" read a charge, COERCE)
    [InlineData("[Apple|ORG] appealed at the court and accused [Spotify|ORG] of lying.",
                "ACCUSE/asserted 'accused' actor=Apple recipient=Spotify")]
    // a phrase of motive says why the subject acted: "in protest" is no protest (it read PROTEST 'protest' actor=Niger), the act
    // "in retaliation for" answers is another's (it read the expulsion as Russia's), and it names no party (it read recipient=EU)
    [InlineData("[Niger|LOC] recalled its ambassador in protest at the abduction.", "SANCTION/asserted 'recalled' actor=Niger recipient=-")]
    [InlineData("[Russia|LOC] expelled two diplomats in retaliation for the expulsion of [Russian|NORP] diplomats from [Berlin|LOC].",
                "SANCTION/asserted 'expelled' actor=Russia recipient=-")]
    [InlineData("[Russia|LOC] expelled two diplomats in response to [EU|ORG|European Union] sanctions.",
                "SANCTION/asserted 'expelled' actor=Russia recipient=- | COERCE/asserted 'sanctions' actor=European Union recipient=-")]
    // a pattern opening with a preposition does not reach past the act's noun that is the verb's object (it read a detention)
    [InlineData("[Salaheddine Sidhoum|PERSON] staged a hunger strike in prison.", "PROTEST/asserted 'staged' actor=Salaheddine Sidhoum recipient=-")]
    // a pattern's last word before a noun of measures only modifies it: taking control measures seizes nothing (it read COERCE 'taken')
    [InlineData("[China|LOC] said it had taken \"necessary control measures\" against the vessel.", "")]
    // "them" after an unnamed plural object stands for it, past a date and a name in its phrase (it read the WFP)
    [InlineData("The [WFP|ORG] said it was ready. [Washington|LOC] imposed sanctions on three companies linked to the [RSF|ORG] in [February|DATE], accusing them of financing the war.",
                "COERCE/asserted 'imposed' actor=Washington recipient=RSF | ACCUSE/asserted 'accusing' actor=Washington recipient=-")]
    // what one was unable to do was not done (it read AGREE/anticipated)
    [InlineData("The [WFP|ORG] said it had been unable to deliver food to [Darfur|LOC].", "AID/negated 'deliver' actor=WFP recipient=Darfur")]
    // a relative, unnamed, is the one acted on, not the name whose relative they are (it read recipient=Luis Diaz) …
    [InlineData("The [ELN|ORG] kidnapped the father of [Liverpool|ORG] striker [Luis Diaz|PERSON].", "ASSAULT/asserted 'kidnapped' actor=ELN recipient=-")]
    [InlineData("The [ELN|ORG] kidnapped [Luis Diaz|PERSON]'s father.", "ASSAULT/asserted 'kidnapped' actor=ELN recipient=-")]
    // … and a gerund after "with" names the charge, whose parties are no one charged (it read recipient=China)
    [InlineData("[Germany|LOC] charged [Dieter S.|PERSON] with spying for [China|LOC].", "ACCUSE/asserted 'charged' actor=Germany recipient=Dieter S.")]
    [InlineData("[Germany|LOC] charged a man with spying for [China|LOC].", "")]
    // a participle of suspicion before a name describing a noun describes that noun (it read an accusation 'alleged')
    [InlineData("[Israel|LOC] struck alleged [Hezbollah|ORG] weapons depots.", "ASSAULT/asserted 'struck' actor=Israel recipient=Hezbollah")]
    // a title's past form of a verb controlling its object, before the infinitive, is passive (it read Greenpeace ordering)
    [InlineData("[Greenpeace|ORG] ordered to pay [$660 million|MONEY] to [Dakota Access|ORG] operator\n\nA jury ruled on [Wednesday|DATE].", "")]
    // "and" before a modal opens another verb phrase, whose names are no party to the first (it read recipient=United States)
    [InlineData("[Mexico|LOC] would defend its sovereignty and would not accept any [U.S.|LOC|United States] intervention.", "")]
    // to insist that something is so asserts it, no demand (it read REQUEST recipient=Washington); a base form demands
    [InlineData("[Rubio|PERSON] insisted that [Washington|LOC] still did not recognise the election.", "")]
    [InlineData("[Rubio|PERSON] insisted that [Russia|LOC] withdraw its troops.",
                "REQUEST/asserted 'insisted' actor=Rubio recipient=Russia | RETREAT/hypothetical 'withdraw' actor=Russia recipient=-")]
    // a participle of speech after a reported clause whose verb is a modal's is the speaker's (there was no accusation)
    [InlineData("[Kobakhidze|PERSON] said that his government would not put the question on the agenda until the end of [2028|DATE], accusing [Brussels|LOC] of blackmail.",
                "ACCUSE/asserted 'accusing' actor=Kobakhidze recipient=Brussels")]
    // "after" before a name the tagger missed and a noun opens a clause whose subject is no one named (it read actor=American)
    [InlineData("[Venezuela|LOC] frees six [Americans|NORP|American] after Trump envoy visits [Caracas|LOC]\n\nThe men flew home.",
                "RETREAT/asserted 'frees' actor=Venezuela recipient=American")]
    // a noun's clause set off by a comma, with its subject named, has a status of its own (it read the denial as planned)
    [InlineData("[Pakistan|LOC] accused the [Taliban|ORG] of allowing militants to plan attacks, a charge [Kabul|LOC] denies.",
                "ACCUSE/asserted 'accused' actor=Pakistan recipient=Taliban | REJECT/asserted 'denies' actor=Kabul recipient=-")]
    // a veto is a rejection whatever is vetoed (it read COERCE for assistance, no measure's noun)
    [InlineData("[Hungary|LOC] has repeatedly vetoed [EU|ORG|European Union] financial assistance to [Ukraine|LOC].",
                "REJECT/asserted 'vetoed' actor=Hungary recipient=European Union")]
    // a participle after a gerund, before a nationality, describes the people's goods (it read a sanction on Iranians)
    [InlineData("The tanker, then named [Suez Rajan|ORG], was seized by [U.S.|LOC|United States] authorities for carrying sanctioned [Iranian|NORP] oil.",
                "COERCE/asserted 'seized' actor=United States recipient=Suez Rajan")]
    // a name in apposition to a noun after a possessive pronoun, after "and", is coordinated with the name before (it read
    // only an agreement of Russia's)
    [InlineData("[Armenia|LOC] and its ally, [Russia|LOC], signed a deal.", "SUPPORT/asserted 'signed' actor=Russia recipient=Armenia")]
    // to deny that something happened denies responsibility, with no one it is aimed at (there was no event)
    [InlineData("The [Kremlin|ORG] denied that [Russian|NORP] [drones|WEAPON] had entered [Polish|NORP] airspace.", "REJECT/asserted 'denied' actor=Kremlin recipient=-")]
    // whoever pressed for the act, in a phrase of its occasion, is no party it is aimed at (it read recipient=Washington)
    [InlineData("[Israel|LOC] agreed to allow more humanitarian aid into [Gaza|LOC] after pressure from [Washington|LOC].",
                "AGREE/asserted 'agreed to allow' actor=Israel recipient=-")]
    // coordinated subjects each hand over what they send to the party "to" names (it read Britain alone)
    [InlineData("[France|LOC] and [Britain|LOC] sent troops to [Ukraine|LOC].",
                "COOPERATE/asserted 'sent' actor=Britain recipient=Ukraine | COOPERATE/asserted 'sent' actor=France recipient=Ukraine")]
    // to impeach is to bring formal charges, and a vote to impeach is the charge, done by the vote (it read an agreement)
    [InlineData("The [National Assembly|ORG] voted on [Saturday|DATE] to impeach President [Yoon Suk Yeol|PERSON].",
                "ACCUSE/asserted 'voted on Saturday to impeach' actor=National Assembly recipient=Yoon Suk Yeol")]
    // after a possessive or an article a word with a verb's reading is a modifier, so the name after it is in the phrase (it read
    // Rosatom reviving a debate with Astana) …
    [InlineData("The decision to entrust the plant to [Russia|LOC]'s state corporation [Rosatom|ORG] has revived debate about [Astana|LOC]'s policy.", "")]
    // … and a party's people "of" or "from" it act for it past a modifier after "the"
    [InlineData("Supporters of the ruling [Serbian Progressive Party|ORG] attacked students.", "ASSAULT/asserted 'attacked' actor=Serbian Progressive Party recipient=-")]
    // a settlement or a declaration welcomed is an accord endorsed, whoever made it (there was no event)
    [InlineData("[Moscow|LOC] welcomed the settlement.", "SUPPORT/asserted 'welcomed' actor=Moscow recipient=-")]
    // control restored is territory occupied, past a modifier, and what control is had over is the party (there was no event)
    [InlineData("[Azerbaijan|LOC] has restored full control over [Karabakh|LOC] after a military offensive.",
                "COERCE/asserted 'restored' actor=Azerbaijan recipient=Karabakh")]
    // forces deployed to a place that is no state mobilise, as forces dispatched do (there was no event: the dictionary's
    // "deploy … to" is cooperation with a party)
    [InlineData("The [Pentagon|ORG] deployed an [aircraft carrier|WEAPON] to the [Middle East|LOC].", "MOBILIZE/asserted 'deployed' actor=Pentagon recipient=Middle East")]
    [InlineData("[Germany|LOC] deployed troops to [Lithuania|LOC].", "COOPERATE/asserted 'deployed' actor=Germany recipient=Lithuania")]
    // one who lost kin in an attack is no more its actor than one killed in it (it read actor=Musa Ibrahim)
    [InlineData("[Musa Ibrahim|PERSON] said he lost two brothers in the attack.", "")]
    // nor is a party named before the noun of brokering in that phrase, so the coordinated subject is the partner (it read
    // recipient=Turkish)
    [InlineData("[Ethiopia|LOC] and [Somalia|LOC] agreed to restore ties after [Turkish|NORP] mediation.",
                "AGREE/asserted 'agreed to restore' actor=Somalia recipient=Ethiopia")]
    [InlineData("[Israel|LOC] agreed to allow more aid into [Gaza|LOC] under [U.S.|LOC] pressure.", "AGREE/asserted 'agreed to allow' actor=Israel recipient=-")]
    // a noun of what befalls an act or of its parts refers to the act, made before (they read a ceasefire agreed by Pashinyan,
    // an invasion by Putin, talks by Israel)
    [InlineData("Prime Minister [Nikol Pashinyan|PERSON] called the incident a gross violation of the ceasefire.", "")]
    [InlineData("[Putin|PERSON] marked the anniversary of the invasion.", "")]
    [InlineData("[Hamas|ORG] blamed [Israel|LOC] for the collapse of the talks.", "ACCUSE/asserted 'blamed' actor=Hamas recipient=Israel")]
    // an object pronoun does not stand for whoever closed the sentence before by reporting it (it read recipient=Mir Salam)
    [InlineData("The [Dhaka Special Court|ORG] found [Tipu Munshi|PERSON] guilty, prosecutor [Mir Salam|PERSON] said. It fined him.",
                "COERCE/asserted 'found' actor=Dhaka Special Court recipient=Tipu Munshi | COERCE/asserted 'fined' actor=Dhaka Special Court recipient=Tipu Munshi")]
    // what one is punished for, after "over" and past the one punished, is the charge (they read attacks by Russia) …
    [InlineData("[Russia|LOC] charged four men over the attack.", "")]
    [InlineData("[Russia|LOC] arrested four men over the attack.", "COERCE/asserted 'arrested' actor=Russia recipient=-")]
    // … and a participle with its phrase after a counted people's noun describes it, past the people's name (it read a charge
    // brought by Tajikistan against the hall)
    [InlineData("[Tajikistan|LOC]'s security services have questioned relatives of four [Tajik|NORP] men charged over the deadly attack on the [Crocus City Hall|LOC].", "")]
    // an act named after a vote's, a decision's or a debate's "on" is their topic, not an act of the sentence's subject (they
    // read talks held by Orban and by Zelenskyy)
    [InlineData("[Viktor Orban|PERSON] left the room during the vote on accession talks.", "")]
    [InlineData("[Zelenskyy|PERSON] thanked the leaders for the decision on talks.", "")]
    // a base form after a name after a verb, or after an article, a sum in parentheses and a name, is a noun (they read aid
    // given by the EU) …
    [InlineData("[Hungary|LOC] vetoed a [50 billion euro|MONEY] ([$54 billion|MONEY]) [European Union|ORG] aid package for [Ukraine|LOC].",
                "REJECT/asserted 'vetoed' actor=Hungary recipient=-")]
    [InlineData("[Hungary|LOC] blocked [EU|ORG] aid for [Ukraine|LOC].", "COERCE/asserted 'blocked' actor=Hungary recipient=EU")]
    // (but a base form before its own object is the verb of a demanded clause)
    [InlineData("[Britain|LOC] demanded [Russia|LOC] withdraw its troops.", "REQUEST/asserted 'demanded' actor=Britain recipient=Russia")]
    // … nor is what a vetoed document says said by anyone (it read Russia condemning the attack)
    [InlineData("[Russia|LOC] vetoed a draft resolution condemning the attack on [Kyiv|LOC].", "REJECT/asserted 'vetoed' actor=Russia recipient=-")]
    // what a phrase of "about" names is the topic, no party (it read an offer to Arouri)
    [InlineData("[Saleh al-Arouri|PERSON] was a founder of [Hamas|ORG]. The [United States|LOC] had offered a reward of up to [$5 million|MONEY] for information about him.", "")]
    // "whoever" is its clause's unnamed subject, and "it" after a verb is that verb's object, no subject (it read a strike by Israel)
    [InlineData("[Mark Regev|PERSON] said [Israel|LOC] had not taken responsibility but that whoever did it had carried out a surgical strike against [Hamas|ORG].", "")]
    // names joined after "after", with their people's noun and a verb, are the subject of the clause it opens, and so of the act
    // its verb governs (it read the exercises held by the chiefs of staff who reported the launch)
    [InlineData("[North Korea|LOC] fired a [missile|WEAPON], [South Korea|LOC]'s [Joint Chiefs of Staff|ORG] said, hours after [South Korean|NORP] and [U.S.|LOC] forces began their annual military exercises.",
                "ASSAULT/asserted 'fired' actor=North Korea recipient=- | MOBILIZE/asserted 'exercises' actor=South Korean recipient=-")]
    // a participle of harm after an accident's verb tells its toll, no act of the craft's owner (it read an assault by the airline)
    [InlineData("An [Azerbaijan Airlines|ORG] passenger jet crashed near [Aktau|LOC] on [December 25|DATE], killing 38 people.", "")]
    // to call something a name in a clause of "what" is no call, past the name's article (it read a phone call to Russia)
    [InlineData("[Putin|PERSON] apologised to [Aliyev|PERSON] for what the [Kremlin|ORG] called a \"tragic incident\" in [Russian|NORP] airspace.",
                "SUPPORT/asserted 'apologised' actor=Putin recipient=Aliyev")]
    // the object of an act's verb, counted and described, does not do the act a phrase of "in" names (it read a raid by the
    // Azerbaijanis)
    [InlineData("[Russian|NORP] police detained dozens of ethnic [Azerbaijanis|NORP] in a raid.",
                "COERCE/asserted 'detained' actor=Russian recipient=Azerbaijanis | ASSAULT/asserted 'raid' actor=Russian recipient=-")]
    // "it" before its verb after "after" is the subject of a passive, acted on (it read the tanker accusing)
    [InlineData("The [U.S.|LOC] seized the [Suez Rajan|ORG] in [2023|DATE] after it was accused of violating sanctions.",
                "COERCE/asserted 'seized' actor=U.S. recipient=Suez Rajan")]
    // the act after a charge's "of" and its article is the accused's, not the accuser's (it read a deportation by the court)
    [InlineData("The [ICC|ORG] issued an arrest warrant for [Putin|PERSON], accusing him of the unlawful deportation of children.",
                "COERCE/asserted 'issued' actor=ICC recipient=Putin | ACCUSE/asserted 'accusing' actor=ICC recipient=Putin")]
    // a state's name before a noun of its allies or adversaries says whose they are; they act, unnamed (it read the U.S. countering China)
    [InlineData("The two [U.S.|LOC|United States] allies seek to counter [China|LOC]'s growing assertiveness.", "")]
    // an accord one has stands; it is not made here (it read an agreement)
    [InlineData("[Japan|LOC] has similar agreements with [Australia|LOC] and [Britain|LOC].", "")]
    // a plural's apostrophe makes the word after it a noun, whose possessor no name covers (it read a demand by Ruto)
    [InlineData("[Ruto|PERSON] said he would not sign the finance bill, bowing to the protesters' demands.", "")]
    // the purpose of what one is kept from doing is no act, nor is the act it would stage (it read attacks launched by Kabul)
    [InlineData("[Islamabad|LOC] urged [Kabul|LOC] to stop militants from using [Afghan|NORP] territory to launch attacks.",
                "REQUEST/asserted 'urged' actor=Islamabad recipient=Kabul")]
    [InlineData("[Kabul|LOC] stopped militants from using its territory to launch attacks.", "")]
    // after a verb of receiving, "from" past the object names the giver, who acts; the subject receives (it read Ukraine giving)
    [InlineData("[Ukraine|LOC] received the first batch of [F-16 fighter jets|WEAPON] from the [Netherlands|LOC].",
                "AID/asserted 'received' actor=Netherlands recipient=Ukraine")]
    // forces deployed by no one named move for their own state, to the party "to" names (there was no event)
    [InlineData("[North Korean|NORP] troops have been deployed to [Russia|LOC]'s [Kursk|LOC] region.", "MOBILIZE/asserted 'deployed' actor=North Korean recipient=Russia")]
    // troops sent to a place that is no state mobilise, as forces deployed there do (it read military cooperation with the region)
    [InlineData("The [Pentagon|ORG] said it would send another [3,000 troops|QUANTITY] to the [Middle East|LOC].", "MOBILIZE/anticipated 'send' actor=Pentagon recipient=Middle East")]
    // what a resolution, a report or a vote is on is its topic, no party (it read a veto aimed at Ukraine)
    [InlineData("[Russia|LOC] vetoed a resolution on [Ukraine|LOC].", "REJECT/asserted 'vetoed' actor=Russia recipient=-")]
    // a reporting clause ends a list of those acted on (it read a second killing, of the ministry's people); a camp raided is a
    // target of force, a raid of its own
    [InlineData("[Israeli|NORP] troops raided the camp, killing three [Palestinians|NORP], the [Palestinian|NORP] health ministry said.",
                "ASSAULT/asserted 'raided' actor=Israeli recipient=- | ASSAULT/asserted 'killing' actor=Israeli recipient=Palestinians")]
    // aid approved is aid, whatever the verb's own code (it read a concession)
    [InlineData("The [United States|LOC] approved a [$1 billion|MONEY] aid package for [Ukraine|LOC].", "AID/asserted 'approved' actor=United States recipient=Ukraine")]
    // so is aid announced, a sum "in" aid too (there were no events: "announce" frames an act a noun names)
    [InlineData("The [United States|LOC] announced a [$500 million|MONEY] military aid package for [Ukraine|LOC].", "AID/asserted 'announced' actor=United States recipient=Ukraine")]
    [InlineData("[Japan|LOC] announced [$10 million|MONEY] in humanitarian aid for [Gaza|LOC].", "AID/asserted 'announced' actor=Japan recipient=Gaza")]
    // money released is economic aid (it read RETREAT, a return), and the fund of the giver's own it comes from is no party
    [InlineData("The [IMF|ORG] released a [$1.1 billion|MONEY] tranche to [Pakistan|LOC].", "AID/asserted 'released' actor=IMF recipient=Pakistan")]
    [InlineData("The [United Nations|ORG] released [$6 million|MONEY] from its [Central Emergency Response Fund|ORG] to help victims.", "")]
    // the object of a verb with a particle, or of a past verb the dictionary does not list, past a phrase of "with", does not
    // do the act of the verb joined by "and" (they read actor=Islamabad)
    [InlineData("[Pakistan|LOC] locked down [Islamabad|LOC] and arrested hundreds of supporters of [Imran Khan|PERSON].", "COERCE/asserted 'arrested' actor=Pakistan recipient=Imran Khan")]
    [InlineData("[Pakistani|NORP] authorities sealed off [Islamabad|LOC] with shipping containers on [Sunday|DATE] and arrested hundreds of supporters of [Imran Khan|PERSON].",
        "COERCE/asserted 'arrested' actor=Pakistani recipient=Imran Khan")]
    // a name that would use force after "warned that" is the warning side's (they read recipient=Israel, recipient=Russia); the
    // condition's subject is the one warned, and one that would suffer is warned
    [InlineData("[Netanyahu|PERSON] warned that [Israel|LOC] would strike forcefully if [Hezbollah|ORG] violated the agreement.", "THREATEN/asserted 'warned' actor=Netanyahu recipient=Hezbollah")]
    [InlineData("[Putin|PERSON] warned that [Russia|LOC] would strike back.", "")]
    [InlineData("[Trump|PERSON] warned that [Iran|LOC] would face consequences.", "THREATEN/asserted 'warned' actor=Trump recipient=Iran")]
    // so is one that would take measures (it read recipient=Beijing)
    [InlineData("[Mao Ning|PERSON] warned that [Beijing|LOC] would take \"resolute and forceful measures\" to defend its sovereignty.", "")]
    // what is agreed upon is the act its noun names (it read a second, SUPPORT event for the verb), and a truce agreed is
    // the intent to de-escalate, as one agreed to is (they read SUPPORT)
    [InlineData("The [United States|LOC] and [Jordan|LOC] have agreed upon a new free-trade pact.", "AGREE/asserted 'pact' actor=Jordan recipient=United States")]
    [InlineData("[Israel|LOC] and [Hezbollah|ORG] Agree Ceasefire", "AGREE/asserted 'Agree' actor=Hezbollah recipient=Israel")]
    [InlineData("[Israel|LOC] and [Hezbollah|ORG] agreed on a truce.", "AGREE/asserted 'agreed' actor=Hezbollah recipient=Israel")]
    // whose support is pledged is the giver's side (it read recipient=Tehran); one named after the noun is given it
    [InlineData("[Abbas Araqchi|PERSON] pledged [Tehran|LOC]'s support for [Assad|PERSON]'s government.", "AGREE/asserted 'pledged' actor=Abbas Araqchi recipient=Assad")]
    [InlineData("[Abbas Araqchi|PERSON] pledged [Tehran|LOC]'s support.", "")]
    // an act between equals after "and" takes the first verb's object as partner only after another such act (it read the
    // support aimed at China)
    [InlineData("The [United States|LOC] condemned [China|LOC] and reaffirmed its support.", "ACCUSE/asserted 'condemned' actor=United States recipient=China")]
    // prisoners sent to a state are extradited, past the participle's phrase that says what they are accused of (there was no
    // event); not in a swap
    [InlineData("[Mexico|LOC] sent [29 prisoners|QUANTITY] accused of drug trafficking to the [United States|LOC].", "COOPERATE/asserted 'sent' actor=Mexico recipient=United States")]
    [InlineData("[Russia|LOC] sent [300 prisoners|QUANTITY] to [Ukraine|LOC] in an exchange.", "")]
    // a suspension lifted eases an administrative sanction on the one suspended (there was no event)
    [InlineData("The [African Union|ORG] lifted [Guinea|LOC]'s suspension from the bloc.", "CONCEDE/asserted 'lifted' actor=African Union recipient=Guinea")]
    // an accusation of a crime by one who brings no legal charge alleges it (it read COERCE, an arrest); prosecutors charge
    [InlineData("[Gustavo Petro|PERSON] accused the [ELN|ORG] of committing war crimes.", "ACCUSE/asserted 'accused' actor=Gustavo Petro recipient=ELN")]
    [InlineData("The [Investigative Committee|ORG] accused [Ilya Yashin|PERSON] of committing war crimes.", "COERCE/asserted 'accused' actor=Investigative Committee recipient=Ilya Yashin")]
    // "sanctions" between a subject's name and an object is the verb (it read China's sanctions, aimed at no one); after a
    // possessive it stays a noun
    [InlineData("[China|LOC] sanctions [U.S.|LOC|United States] firms.", "COERCE/asserted 'sanctions' actor=China recipient=United States")]
    [InlineData("[Russia|LOC]'s sanctions hurt [Europe|LOC].", "COERCE/asserted 'sanctions' actor=Russia recipient=-")]
    // a party taken to a court is sued, not seized (it read COERCE); taken elsewhere it is not
    [InlineData("[South Africa|LOC] took [Israel|LOC] to the [International Court of Justice|ORG] on Friday.",
        "ACCUSE/asserted 'took' actor=South Africa recipient=Israel")]
    [InlineData("[Ukraine|LOC] will take [Russia|LOC] to an arbitration tribunal over the gas.", "ACCUSE/anticipated 'take' actor=Ukraine recipient=Russia")]
    // arms sent as a second object joined by "and", and military trainers sent, are military aid (there was no event)
    [InlineData("[Russia|LOC] sent military instructors and an [air defence system|WEAPON] to [Niger|LOC] last month.",
        "AID/asserted 'sent' actor=Russia recipient=Niger")]
    [InlineData("[Russia|LOC] sent some 100 military advisers to [Mali|LOC].", "AID/asserted 'sent' actor=Russia recipient=Mali")]
    [InlineData("[Russia|LOC] sent election advisers to [Mali|LOC].", "")]
    // an act's noun that a gerund after a verb of ceasing governs is no longer done (it read asserted)
    [InlineData("[Armenia|LOC] stopped attending meetings of the [CSTO|ORG].", "CONSULT/negated 'meetings' actor=Armenia recipient=-")]
    [InlineData("[Armenia|LOC] stopped the clock at meetings of the [CSTO|ORG].", "CONSULT/asserted 'meetings' actor=Armenia recipient=-")]
    // the act after "with" and a gerund after a charge's object is the charged one's, unnamed here (it read the prosecutors'
    // nationality attacking); a party after "on behalf of" is the principal, no one acted on (it was the recipient)
    [InlineData("[Polish|NORP] prosecutors have charged three men with planning arson attacks on behalf of [Russian|NORP] intelligence.", "COERCE/asserted 'charged' actor=Polish recipient=-")]
    [InlineData("[Qatar|LOC] mediated on behalf of the [United States|LOC].", "CONSULT/asserted 'mediated' actor=Qatar recipient=-")]
    // a party inside the complement's pattern is its object too (there was no recipient), unless it owns the act's noun
    [InlineData("[Somalia|LOC] had threatened to expel [Ethiopian|NORP] troops.", "THREATEN/asserted 'threatened' actor=Somalia recipient=Ethiopian")]
    [InlineData("[Lithuania|LOC] threatened to impose [EU|ORG] sanctions on [Belarus|LOC].", "THREATEN/asserted 'threatened' actor=Lithuania recipient=Belarus")]
    // "it" after a verb of saying (past its time) whose subject is a body left unnamed stands for that body, not for a place
    // named after it (it read Lashio capturing); a town is no "it" that acts
    [InlineData("An ethnic armed group in [Myanmar|LOC] said on [Saturday|DATE] it had captured the headquarters in the city of [Lashio|LOC].", "")]
    [InlineData("The army lost [Lashio|LOC], its worst defeat since it seized power.", "")]
    // calm agreed with no object is the intent to de-escalate (it read SUPPORT, diplomatic cooperation)
    [InlineData("[Iran|LOC] and [Pakistan|LOC] agreed to de-escalate.", "AGREE/asserted 'agreed' actor=Pakistan recipient=Iran")]
    // a relation's ending ordered reduces relations, no demand (it read REQUEST)
    [InlineData("[Lopez Obrador|PERSON] ordered the suspension of diplomatic relations with [Ecuador|LOC].", "SANCTION/asserted 'ordered' actor=Lopez Obrador recipient=Ecuador")]
    // a warning of an act another would do passes on what one knows, no threat; the act whose agent "by" leaves unnamed is no
    // one's named (it read a threat, and Moscow attacking)
    [InlineData("The [United States|LOC] warned [Moscow|LOC] of a planned attack by extremists.",
        "COOPERATE/asserted 'warned' actor=United States recipient=Moscow")]
    [InlineData("[Russia|LOC] warned [Ukraine|LOC] of a harsh response.", "THREATEN/asserted 'warned' actor=Russia recipient=Ukraine")]
    // to gather facts meets no one (it read a meeting with the CIA)
    [InlineData("[Gershkovich|PERSON] had gathered secret information on the orders of the [CIA|ORG].", "")]
    // one sued is not arrested (the dictionary's code for "sue"); a market of exchange is no swap (it read two material
    // cooperations with the company and the executive)
    [InlineData("[TikTok|ORG] sued the [United States|LOC] on [Tuesday|DATE].", "ACCUSE/asserted 'sued' actor=TikTok recipient=United States")]
    [InlineData("[Nigerian|NORP] authorities detained [Tigran Gambaryan|PERSON], an executive of cryptocurrency exchange [Binance|ORG].",
        "COERCE/asserted 'detained' actor=Nigerian recipient=Tigran Gambaryan")]
    // a participle after "and", a count and its noun is as passive as the one before it (it read the soldiers wounding)
    [InlineData("Five [Indian|NORP] soldiers were killed and five others wounded when militants ambushed a convoy.", "")]
    // "They" opening a sentence goes on with the unnamed plural the sentence before opened with (it read NATO agreeing)
    [InlineData("The two neighbours, both [NATO|ORG] members, have long been at odds. They agreed to resume talks.", "")]
    // retribution vowed or promised is a threat of force, as "vowed revenge" is (there was no event)
    [InlineData("[Ali Khamenei|PERSON] vowed harsh punishment for [Israel|LOC].", "THREATEN/asserted 'vowed' actor=Ali Khamenei recipient=Israel")]
    // an attack that is the subject of a verb of harm is aimed at that verb's object (there was no recipient)
    [InlineData("An [Israeli|NORP] air strike destroyed [Iran|LOC]'s consulate in [Damascus|LOC].", "ASSAULT/asserted 'strike' actor=Israeli recipient=Iran")]
    // a phrase of time after the object is no part of a pattern (the pattern "praise … visit" read the praise as a visit); the one on
    // a visit in whose course the clause's act fell is its subject (it read the last person named); a promise made during one
    // leaves the visit told (it read a visit promised)
    [InlineData("[Abbas Araghchi|PERSON] praised [Bashar al-Assad|PERSON] during a visit to [Damascus|LOC].",
        "SUPPORT/asserted 'praised' actor=Abbas Araghchi recipient=Bashar al-Assad | CONSULT/asserted 'visit' actor=Abbas Araghchi recipient=Damascus")]
    [InlineData("[Narendra Modi|PERSON] met [Vladimir Putin|PERSON] during his visit to [Moscow|LOC].",
        "CONSULT/asserted 'met' actor=Narendra Modi recipient=Vladimir Putin | CONSULT/asserted 'visit' actor=Narendra Modi recipient=Moscow")]
    [InlineData("[Abbas Araghchi|PERSON] pledged support for [Bashar al-Assad|PERSON] during a visit to [Damascus|LOC].",
        "AGREE/asserted 'pledged' actor=Abbas Araghchi recipient=Bashar al-Assad | CONSULT/asserted 'visit' actor=Abbas Araghchi recipient=Damascus")]
    // an act whose end is asked for is no act of the one asking (it read Turkey attacking); one whose end its own maker
    // announces did not go on
    [InlineData("[Turkey|LOC] called for an end to the attacks on civilians.", "REQUEST/asserted 'called' actor=Turkey recipient=-")]
    [InlineData("[Turkey|LOC] demanded an end to the shelling of [Kharkiv|LOC].", "REQUEST/asserted 'demanded' actor=Turkey recipient=-")]
    [InlineData("[Russia|LOC] announced an end to its attacks on [Kyiv|LOC].", "ASSAULT/negated 'attacks' actor=Russia recipient=Kyiv")]
    // an act a headline's subject calls for is asked of others (it read Mozambique striking)
    [InlineData("[Mozambique|LOC] Opposition Leader Calls for Strikes\n\nThe unrest went on.", "")]
    // a condition's subject is the one threatened, past a quotation (there was no threat)
    [InlineData("[Benjamin Netanyahu|PERSON] warned that [Israel|LOC] would strike \"with force\" if [Hezbollah|ORG] violated the truce.",
        "THREATEN/asserted 'warned' actor=Benjamin Netanyahu recipient=Hezbollah | ASSAULT/hypothetical 'violated' actor=Hezbollah recipient=-")]
    // a city seized, past a share and a possessor, is a target of force (there was no event)
    [InlineData("[Syrian|NORP] rebels swept into [Aleppo|LOC], seizing most of the country's second-largest city.", "COERCE/asserted 'seizing' actor=Syrian recipient=-")]
    // to leave an accord is no agreement made, a place's name before its noun only naming it (it read the deal made)
    [InlineData("[Russia|LOC] pulled out of the [Black Sea|LOC] grain deal.", "")]
    // a question left open commits to nothing (it read the court agreeing to the act, told as done)
    [InlineData("The [Constitutional Court|ORG] decides whether to expel [Yoon Suk Yeol|PERSON].", "COERCE/hypothetical 'expel' actor=Constitutional Court recipient=Yoon Suk Yeol")]
    // a contest right after a sentence about a vote beats no one by force (it read an assassination)
    [InlineData("[Anura Kumara Dissanayake|PERSON] won the presidential election. [Dissanayake|PERSON] defeated opposition leader [Sajith Premadasa|PERSON] in a second round of counting.", "")]
    // the possessor of a noun of its friends is no party an act is aimed at (it read Kyiv called on), and an act answered is
    // another's (it read Zelensky deploying), unless its "by" names its actor
    [InlineData("[Volodymyr Zelensky|PERSON] called on [Kyiv|LOC]'s allies to respond to the deployment.", "")]
    [InlineData("[Iraqi|NORP] forces trained in reacting to chemical attacks by [ISIL|ORG].", "ASSAULT/asserted 'attacks' actor=ISIL recipient=-")]
    // a name's last word is no verb that makes the next past form a modifier (it read the sanctions as no one's)
    [InlineData("The [United States|LOC] announced sanctions on [Iran|LOC] on Monday.", "COERCE/asserted 'sanctions' actor=United States recipient=Iran")]
    // restrictions announced, unveiled or approved are imposed (it read nothing, or an approval's yielding)
    [InlineData("The [United States|LOC] announced new restrictions on sales of memory chips to [China|LOC].", "COERCE/asserted 'announced' actor=United States recipient=China")]
    [InlineData("[Washington|LOC] unveiled new export controls on [China|LOC].", "COERCE/asserted 'unveiled' actor=Washington recipient=China")]
    [InlineData("The [United States|LOC] announced it would lift restrictions on [China|LOC].", "AGREE/anticipated 'lift' actor=United States recipient=China")]
    // charges sought are legal action (it read an intent to cooperate)
    [InlineData("[Pakistan|LOC] will seek treason charges against [Imran Khan|PERSON].", "THREATEN/anticipated 'seek' actor=Pakistan recipient=Imran Khan")]
    // a headline's "to" after its subject is the future (it read the charges sought)
    [InlineData("[Pakistan|LOC] to seek treason charges against [Imran Khan|PERSON]\n\nThe ministry said so.", "COERCE/anticipated 'seek' actor=Pakistan recipient=Imran Khan")]
    // attacks retaliated for are another's (it read Moscow's attacks)
    [InlineData("[Moscow|LOC] has threatened to retaliate for attacks on its energy facilities.", "THREATEN/asserted 'threatened' actor=Moscow recipient=-")]
    // a paper approved is no concession (it read Biden yielding to Florida)
    [InlineData("[Joe Biden|PERSON] approved a disaster declaration for [Florida|LOC].", "")]
    // a count before a nationality joins it to the name before "and" (it read the nationality alone)
    [InlineData("The [United States|LOC] and nine [Latin American|NORP] governments rejected the warrant.", "REJECT/asserted 'rejected' actor=Latin American recipient=- | REJECT/asserted 'rejected' actor=United States recipient=-")]
    // the party of support pledged by its possessor may come past a title and a body's noun (it read no event)
    [InlineData("[Abbas Araghchi|PERSON] pledged [Iran|LOC]'s support for the government of President [Bashar al-Assad|PERSON].", "AGREE/asserted 'pledged' actor=Abbas Araghchi recipient=Bashar al-Assad")]
    // a strike or a protest called is staged by the caller (it read a request)
    [InlineData("The [CGT|ORG] union federation called a general strike for January.", "PROTEST/asserted 'called' actor=CGT recipient=-")]
    [InlineData("The [CGT|ORG] called for protests.", "PROTEST/asserted 'protests' actor=CGT recipient=-")]
    // a country before a verb and "the junta" names no junta's state (it read France launching the attack)
    [InlineData("[France|LOC] said the junta launched an attack.", "")]
    // arms given to the party named right after the verb, or supplied to one "with" them, are military aid (it read nothing, or an intent)
    [InlineData("[Germany|LOC] sent [Ukraine|LOC] two more [Patriot air defence systems|WEAPON|Patriot].", "AID/asserted 'sent' actor=Germany recipient=Ukraine")]
    [InlineData("[Iran|LOC] supplied [Russia|LOC] with [drones|WEAPON|drone].", "AID/asserted 'supplied' actor=Iran recipient=Russia")]
    // to describe an attack is not to make it (the dictionary's pattern read the describer's attack)
    [InlineData("[Kenya|LOC] described the attack as treason.", "")]
    // to remove a thing expels no one (it read the alliance expelled)
    [InlineData("[Turkey|LOC] removed the last obstacle to [Sweden|LOC]'s membership.", "")]
    [InlineData("[Niger|LOC] removed the [French|NORP] ambassador.", "COERCE/asserted 'removed' actor=Niger recipient=French")]
    // parties dissolved are banned, with no party named (it read nothing)
    [InlineData("[Mali|LOC] dissolved all political parties.", "COERCE/asserted 'dissolved' actor=Mali recipient=-")]
    // a go-between is no party to the deal it brokered (it read Qatar's ceasefire), and acts for the parties "between" names
    [InlineData("The ceasefire deal was mediated by [Qatar|LOC].", "CONSULT/asserted 'mediated' actor=Qatar recipient=-")]
    [InlineData("[Qatar|LOC] mediated the ceasefire deal between [Israel|LOC] and [Hamas|ORG].", "CONSULT/asserted 'mediated' actor=Qatar recipient=Israel")]
    // a member state suspended has its relations reduced (it read nothing), and what is asked for after it is asked of it
    [InlineData("The [African Union|ORG] suspended [Gabon|LOC] and called for a return to constitutional order.", "SANCTION/asserted 'suspended' actor=African Union recipient=Gabon | REQUEST/asserted 'called' actor=African Union recipient=Gabon")]
    // to dismiss a party's officer is no disapproval of the party (it read Zelensky rejecting Ukraine)
    [InlineData("[Volodymyr Zelensky|PERSON] dismissed [Ukraine|LOC]'s top military commander on Thursday.", "")]
    // purchases of weapons suspended are a supply stopped (the dictionary's pattern of weapons read laying down arms)
    [InlineData("[Gustavo Petro|PERSON] suspended purchases of weapons from [Israel|LOC].", "SANCTION/asserted 'suspended' actor=Gustavo Petro recipient=Israel")]
    // a party a joining participle names after a passive is no agent (it read Germany releasing him)
    [InlineData("[Evan Gershkovich|PERSON] was released in August in a prisoner exchange involving [Germany|LOC].", "")]
    // to quit or leave a body, or withdraw from it, reduces relations with it (it read a retreat, or nothing)
    [InlineData("[Russia|LOC] withdrew from the [Council of Europe|ORG].", "SANCTION/asserted 'withdrew' actor=Russia recipient=Council of Europe")]
    [InlineData("[Mali|LOC] is leaving [ECOWAS|ORG].", "SANCTION/asserted 'leaving' actor=Mali recipient=ECOWAS")]
    // a verb of saying has a clause, no partner, for its object (it read a pledge to Assad)
    [InlineData("[Joe Biden|PERSON] said the fall of [Assad|PERSON] was an act of justice and pledged to work with partners in the region.", "")]
    // forces sent into a place are mobilised (it read nothing)
    [InlineData("[Israel|LOC] sent troops into the buffer zone.", "MOBILIZE/asserted 'sent' actor=Israel recipient=-")]
    // who claims an attack made it (it read no one's attack)
    [InlineData("Gunmen opened fire on concertgoers, killing 133 people, in an attack claimed by [Islamic State|ORG].", "ASSAULT/asserted 'attack' actor=Islamic State recipient=-")]
    // an act one is warned of is no act of the one warned (it read Moscow's planned attack)
    [InlineData("The [United States|LOC] had warned [Moscow|LOC] of a planned attack.", "THREATEN/asserted 'warned' actor=United States recipient=Moscow")]
    // an act answered past an adverb is another's (it read Tokyo's attack on Taiwan)
    [InlineData("[Tokyo|LOC] could respond militarily to an attack on [Taiwan|LOC].", "")]
    // a participle after a verb's object describes it (it read the Venezuelans deporting the United States)
    [InlineData("[Nicolas Maduro|PERSON] agreed to receive [Venezuelan|NORP] migrants deported from the [United States|LOC].", "AGREE/asserted 'agreed to receive' actor=Nicolas Maduro recipient=Venezuelan")]
    // a release ordered of people counted needs no party named (it read nothing)
    [InlineData("[Bola Tinubu|PERSON] ordered the release of [119 people|QUANTITY].", "RETREAT/asserted 'ordered' actor=Bola Tinubu recipient=-")]
    [InlineData("[Bola Tinubu|PERSON] ordered the release of the documents.", "")]
    // the object of an act's verb, past its possessor, does not do the act a phrase of "in" names (it read Shukr striking Beirut)
    [InlineData("[Israel|LOC] killed [Hezbollah|ORG]'s top commander [Fuad Shukr|PERSON] in an air strike on [Beirut|LOC].", "ASSAULT/asserted 'killed' actor=Israel recipient=Fuad Shukr | ASSAULT/asserted 'strike' actor=Israel recipient=Beirut")]
    // the occasion of the main clause lies outside a condition before it (it read a hypothetical visit)
    [InlineData("[Putin|PERSON] and [Kim|PERSON] signed a treaty pledging assistance if either country is attacked, during [Putin|PERSON]'s first visit to [Pyongyang|LOC].", "SUPPORT/asserted 'signed' actor=Kim recipient=Putin | CONSULT/asserted 'visit' actor=Putin recipient=Pyongyang")]
    // authorities opening a sentence act for the story's state (it read nothing)
    [InlineData("[ANKARA|LOC|Ankara] (Reuters) - Authorities banned demonstrations in [Istanbul|LOC] for four days.", "COERCE/asserted 'banned' actor=Ankara recipient=-")]
    // a state's security services act for it (it read nothing)
    [InlineData("[Azerbaijan|LOC]'s security services arrested seven [Russian|NORP] citizens.", "COERCE/asserted 'arrested' actor=Azerbaijan recipient=Russian")]
    // a pattern's words do not reach past an infinitive that undoes what they name (the pattern "agree to … sanctions" read new sanctions)
    [InlineData("The [European Union|ORG] agreed to lift sanctions on [Syria|LOC].", "AGREE/asserted 'agreed to lift' actor=European Union recipient=Syria")]
    // a companion in an act of force is no party it is aimed at (it read the North Koreans fighting the Russians)
    [InlineData("[North Korean|NORP] soldiers are fighting alongside [Russian|NORP] troops in [Kursk|LOC].", "ASSAULT/asserted 'fighting' actor=North Korean recipient=-")]
    [InlineData("[Hamas|ORG] fought alongside [Islamic Jihad|ORG] against [Israel|LOC].", "COOPERATE/asserted 'fought' actor=Hamas recipient=Islamic Jihad")]
    // the party an attack's weapons are fired at may follow an article, before its facility (it read a location)
    [InlineData("[Iraqi|NORP] militias fired [rockets|WEAPON|rocket] at a [U.S.|LOC|United States] base in [Syria|LOC].", "ASSAULT/asserted 'fired' actor=Iraqi recipient=United States")]
    // retribution for an act is not aimed at the one it was done to (it read a threat against Haniyeh)
    [InlineData("[Ali Khamenei|PERSON] vowed revenge for the killing of [Ismail Haniyeh|PERSON].", "")]
    // a past form between a number and a name describes the name (it read the Netherlands looting), and a state fired into,
    // past a word of its region, is the one attacked (it read a location)
    [InlineData("The [Netherlands|LOC] returned 119 looted [Benin Bronzes|ORG] to [Nigeria|LOC].", "RETREAT/asserted 'returned' actor=Netherlands recipient=Nigeria")]
    [InlineData("[Hezbollah|ORG] fired [rockets|WEAPON|rocket] into northern [Israel|LOC].", "ASSAULT/asserted 'fired' actor=Hezbollah recipient=Israel")]
    // duties or tariffs announced, or retaliated with, are economic sanctions (it read nothing, or force)
    [InlineData("[China|LOC] announced anti-dumping duties on brandy from the [European Union|ORG].", "COERCE/asserted 'announced' actor=China recipient=European Union")]
    [InlineData("[Canada|LOC] retaliated with tariffs on [U.S.|LOC|United States] goods.", "COERCE/asserted 'retaliated' actor=Canada recipient=United States")]
    // a count's "of" before the weapons keeps them the verb's object (it lost the target)
    [InlineData("[Hezbollah|ORG] fired dozens of [rockets|WEAPON|rocket] into [Israel|LOC].", "ASSAULT/asserted 'fired' actor=Hezbollah recipient=Israel")]
    // the capitalised words of an untagged name after an article are no modifiers that hide a target (it read nothing)
    [InlineData("The [Houthis|NORP|Houthi] seized the Galaxy Leader cargo ship.", "COERCE/asserted 'seized' actor=Houthi recipient=-")]
    // an act's plural after a city that a staging verb governs is that verb's object, the act its subject's (it read nothing)
    [InlineData("[Israel|LOC] launched [Rafah|LOC] strikes.", "ASSAULT/asserted 'strikes' actor=Israel recipient=-")]
    // people held who are handed over are released (it read nothing); other things handed over are not
    [InlineData("[Hamas|ORG] handed over three [Israeli|NORP] hostages to the [Red Cross|ORG].", "RETREAT/asserted 'handed over' actor=Hamas recipient=Israeli")]
    [InlineData("[Hamas|ORG] handed over three [Israeli|NORP] documents to the [Red Cross|ORG].", "")]
    // an act's noun after "over" is what the act answers, not the subject's (it read Colombia deporting)
    [InlineData("[Colombia|LOC] recalled its ambassador over deportation flights.", "SANCTION/asserted 'recalled' actor=Colombia recipient=-")]
    // tariffs slapped or ordered are imposed (it read a slap's violence, a demand), past an amount (it read nothing)
    [InlineData("[China|LOC] slapped tariffs on [American|NORP] soybeans.", "COERCE/asserted 'slapped' actor=China recipient=American")]
    [InlineData("[Trump|PERSON] ordered tariffs on [Chinese|NORP] goods.", "COERCE/asserted 'ordered' actor=Trump recipient=Chinese")]
    [InlineData("[Trump|PERSON] announced [50%|QUANTITY] tariffs on [Brazil|LOC].", "COERCE/asserted 'announced' actor=Trump recipient=Brazil")]
    // to suspend an accord reduces relations (it read nothing); an accord's name is no party to it (it read a withdrawal from the treaty)
    [InlineData("[India|LOC] suspended its water-sharing treaty with [Pakistan|LOC].", "SANCTION/asserted 'suspended' actor=India recipient=Pakistan")]
    [InlineData("[Russia|LOC] withdrew from the [New START Treaty|ORG].", "")]
    // a city before an accord's modifiers names where it was made, neither party nor actor (it read Paris as both)
    [InlineData("The [United States|LOC] has quit the [Paris|LOC] climate agreement.", "")]
    // a short sentence of names with a verb in lower case is prose, no title-case headline (it read "Agreement" as an agreement made)
    [InlineData("The [United States|LOC] quit the Paris Agreement.", "")]
    // an adverb of time after the pattern's last word heads no phrase (it read nothing)
    [InlineData("The leaders of [Somalia|LOC] and [Ethiopia|LOC] signed the Ankara Declaration late in the evening.", "SUPPORT/asserted 'signed' actor=Somalia recipient=Ethiopia")]
    // a measure's verb after "and", before the measure's noun, is the verb (it read the noun, with no party)
    [InlineData("The [United States|LOC] accused the [RSF|ORG] of genocide in [January|DATE] and imposed sanctions on its commander, [Mohamed Hamdan Dagalo|PERSON].",
        "ACCUSE/asserted 'accused' actor=United States recipient=RSF | COERCE/asserted 'imposed' actor=United States recipient=Mohamed Hamdan Dagalo")]
    // an appeal to people unnamed to act is one, as "urged" is (it read nothing)
    [InlineData("[Ozgur Ozel|PERSON] called on supporters to boycott companies linked to the government.", "REQUEST/asserted 'called' actor=Ozgur Ozel recipient=-")]
    // coordinated subjects of support with an object the pattern took in are no parties to each other (it read France welcoming Germany)
    [InlineData("[Germany|LOC] and [France|LOC] welcomed the decision.", "")]
    // an act "ahead of" the clause's, past a name modifying its noun, is another's (it read North Korea's drills)
    [InlineData("[North Korea|LOC] fired a [missile|WEAPON] ahead of [US-South Korea|LOC] drills.", "ASSAULT/asserted 'fired' actor=North Korea recipient=-")]
    // the toll of a charged act is part of the charge (it read the accuser injuring)
    [InlineData("The [Philippines|LOC] accused [Chinese|NORP] vessels of ramming a supply boat, injuring several sailors.", "ACCUSE/asserted 'accused' actor=Philippines recipient=Chinese")]
    // a hyphened modifier of the act's noun agreed to leaves one act, the noun's (it read the verb's too)
    [InlineData("[Serbia|LOC] and [Kosovo|LOC] agreed to an [EU|ORG]-brokered deal.", "AGREE/asserted 'deal' actor=Kosovo recipient=Serbia")]
    // a word quoted between a preposition and a noun describes the noun (it read an assault "overwhelming")
    [InlineData("[Kim Jong Un|PERSON] said [Pyongyang|LOC] would respond with \"overwhelming\" force.", "")]
    // a body left that a comma ends is still the party left (it read none once the comma rule came)
    [InlineData("[Mali|LOC] announced that it was leaving the [Economic Community of West African States|ORG], accusing the bloc of failing to help it.",
        "SANCTION/asserted 'leaving' actor=Mali recipient=Economic Community of West African States | ACCUSE/asserted 'accusing' actor=Mali recipient=Economic Community of West African States")]
    // a participle after a noun that "including" joins describes the noun (it read the Ukrainians capturing)
    [InlineData("[Zelenskiy|PERSON] said 230 [Ukrainians|NORP|Ukrainian], including soldiers captured in [Mariupol|LOC], had returned home.", "")]
    // the police of a story datelined from a major city that is no capital act for its country, named in the story by the name
    // news gives it (it read nothing); and so do those of one datelined "city, country"
    [InlineData("[ISTANBUL|LOC|Istanbul] ([AFP|ORG]) - Police detained 40 people. Protests spread across [Turkey|LOC].", "COERCE/asserted 'detained' actor=Turkey recipient=-")]
    [InlineData("[JOS|LOC|Jos], [Nigeria|LOC], April 14 ([Reuters|ORG]) - Police arrested six suspects.", "COERCE/asserted 'arrested' actor=Nigeria recipient=-")]
    // a phrase of the act's occasion holds no party it is aimed at (it read the CSTO failing to protect Azerbaijan)
    [InlineData("[Pashinyan|PERSON] accused the [CSTO|ORG] of failing to protect it during the conflict with [Azerbaijan|LOC].",
        "ACCUSE/asserted 'accused' actor=Pashinyan recipient=CSTO")]
    // forces deployed in a place are mobilised (it read cooperation, which found no party)
    [InlineData("[Pakistan|LOC] deployed the army in three provinces.", "MOBILIZE/asserted 'deployed' actor=Pakistan recipient=-")]
    // an act one is "deeply concerned" by, past the quotation's closing mark, is no act of the one concerned (it read the State
    // Department's arrests)
    [InlineData("The [U.S. State Department|ORG] said it was \"deeply concerned\" by the arrests.", "")]
    // restraint called for after condemning a party's act is asked of no one named, and each of the coordinated subjects asks
    // it (it read Egypt alone, asking the Israelis)
    [InlineData("[Saudi Arabia|LOC], [Qatar|LOC] and [Egypt|LOC] condemned the [Israeli|NORP] strikes and called for restraint.",
        "ACCUSE/asserted 'condemned' actor=Egypt recipient=Israeli | ACCUSE/asserted 'condemned' actor=Qatar recipient=Israeli | ACCUSE/asserted 'condemned' actor=Saudi Arabia recipient=Israeli"
        + " | REQUEST/asserted 'called' actor=Egypt recipient=- | REQUEST/asserted 'called' actor=Qatar recipient=- | REQUEST/asserted 'called' actor=Saudi Arabia recipient=-")]
    // a verb of speech after "and" joins the verb of saying whose clause opens with a thing's noun (it read no actor)
    [InlineData("The [Fifth Fleet|ORG] said the seizure violated international law and called on [Tehran|LOC] to release the ship.",
        "REQUEST/asserted 'called' actor=Fifth Fleet recipient=Tehran")]
    // a pattern of one preposition that reads no act fits only right after the verb (it read nothing)
    [InlineData("The [Houthis|NORP|Houthi] have attacked ships since [November|DATE].", "ASSAULT/asserted 'attacked' actor=Houthi recipient=-")]
    // the "to" of an object's infinitive, past an adverb, is no pattern word of "order" (it read an intent to cooperate)
    [InlineData("The [International Court of Justice|ORG] ordered [Israel|LOC] to immediately halt the assault.",
        "REQUEST/asserted 'ordered' actor=International Court of Justice recipient=Israel")]
    // a participle right after the agent of a participle describing a noun is the agent's (it read Israel accusing)
    [InlineData("The court ruled in a case brought by [South Africa|LOC] accusing [Israel|LOC] of genocide.", "ACCUSE/asserted 'accusing' actor=South Africa recipient=Israel")]
    // a name before a coercion's noun that an act eases owns the measure; the target comes after (it read the United States)
    [InlineData("[Trump|PERSON] signed an order lifting most [U.S.|LOC|United States] sanctions on [Syria|LOC].", "RETREAT/asserted 'lifting most U.S. sanctions' actor=Trump recipient=Syria")]
    // of two patterns as long, the one whose preposition follows the verb reads it ("call on", not "call … partner": it read nothing)
    [InlineData("[Andrii Sybiha|PERSON] called on partners to provide more air defence systems.", "REQUEST/asserted 'called' actor=Andrii Sybiha recipient=-")]
    // a past spelt as its base form after weapons in the plural is their verb (it read a noun "hit")
    [InlineData("[Russian|NORP] [drones|WEAPON|drone] hit residential buildings in [Odesa|LOC].", "ASSAULT/asserted 'hit' actor=Russian recipient=-")]
    // the comma closing a relative clause makes no series of past forms with its verb (it read the subject of "seized", none)
    [InlineData("[Niger|LOC]'s junta rules the country. The junta, which seized power in a coup, expelled the [French|NORP] ambassador and ordered [French|NORP] troops to leave.",
        "SANCTION/asserted 'expelled' actor=Niger recipient=French | COERCE/asserted 'ordered' actor=Niger recipient=French")]
    // the one killed in an attack, past the phrases of place and time ("in late July"), is no attacker (it read Haniyeh attacking Iran)
    [InlineData("[Ismail Haniyeh|PERSON] was killed in [Tehran|LOC] in late [July|DATE] in an attack.", "")]
    // a verb after "and" and a participle of feeling is active, the feeling an adjective (it read Burkina Faso calling on the
    // United States)
    [InlineData("The [United States|LOC] said it was concerned and called on [Burkina Faso|LOC] to respect press freedom.",
        "REQUEST/asserted 'called' actor=United States recipient=Burkina Faso")]
    // an act of force denied is not done, and a part in an act denied is a rejection with no party named (it read an assault,
    // or nothing)
    [InlineData("[Hezbollah|ORG] denied any role in the rocket attack.", "REJECT/asserted 'denied' actor=Hezbollah recipient=-")]
    [InlineData("[Turkey|LOC] denied any role in the offensive.", "REJECT/asserted 'denied' actor=Turkey recipient=-")]
    // a name before the forces a verb of sending moves owns them, no party they go to (it read the National Guard as recipient)
    [InlineData("[Mexico|LOC] agreed to send 10,000 [National Guard|ORG] troops to its northern border.", "AGREE/asserted 'agreed to send' actor=Mexico recipient=-")]
    // to pause a supply reduces it, and a name that modifies the supply's noun owns it; the party comes after (it read nothing,
    // or the United States as the one aid was stopped for)
    [InlineData("[Trump|PERSON] paused all [U.S.|LOC|United States] military aid to [Ukraine|LOC].", "SANCTION/asserted 'paused' actor=Trump recipient=Ukraine")]
    [InlineData("[Trump|PERSON] halted all [U.S.|LOC|United States] military aid to [Ukraine|LOC].", "SANCTION/asserted 'halted' actor=Trump recipient=Ukraine")]
    // an act a gerund after "without" stages is not done (it read the deal made)
    [InlineData("[Zelenskiy|PERSON] left without signing a minerals deal.", "AGREE/negated 'deal' actor=Zelenskiy recipient=-")]
    // to rally behind a party is to back it (it read a show of force)
    [InlineData("[European|NORP] leaders rallied behind the [Ukrainian|NORP] president.", "SUPPORT/asserted 'rallied' actor=European recipient=Ukrainian")]
    // forces counted and named by their body are still forces sent to a place, mobilised (it read cooperation, with no party)
    [InlineData("[Pakistan|LOC] sent 2,000 [Frontier Corps|ORG] troops to the border.", "MOBILIZE/asserted 'sent' actor=Pakistan recipient=-")]
    // telling a listener that a party must act demands it of that party, past the listener (it read no demand)
    [InlineData("[Vladimir Putin|PERSON] told [Viktor Orban|PERSON] that [Ukraine|LOC] must withdraw its troops.",
        "REQUEST/asserted 'told' actor=Vladimir Putin recipient=Ukraine | RETREAT/hypothetical 'withdraw' actor=Ukraine recipient=-")]
    // a pattern written for a verb of another sense in the same block is not this verb's (BLAME's block holds INDICT's
    // "for <crime>": it read an arrest)
    [InlineData("[Pakistan|LOC] blamed [Indian|NORP] forces for the violations.", "ACCUSE/asserted 'blamed' actor=Pakistan recipient=Indian")]
    // a "with" in a phrase of the circumstances is its noun's, no party to the act (it read pacts with China)
    [InlineData("[Japan|LOC] and the [Philippines|LOC] signed a pact amid tensions with [China|LOC].", "SUPPORT/asserted 'signed' actor=Philippines recipient=Japan")]
    [InlineData("[Japan|LOC] signed a deal amid tensions with [China|LOC].", "AGREE/asserted 'deal' actor=Japan recipient=-")]
    // an act one comments on or responds to is another's (it read Israel's accusations)
    [InlineData("[Israel|LOC] does not comment on such accusations.", "")]
    // a name after a plain "and" that its own verb follows opens a clause once the clause before has had its verb (it read
    // India in Srinagar's phrase, no subject); names listed in a phrase before any verb stay in it
    [InlineData("Explosions were heard in [Srinagar|LOC] and [India|LOC] accused [Pakistan|LOC] of violating the truce.", "ACCUSE/asserted 'accused' actor=India recipient=Pakistan")]
    [InlineData("Strikes on [Kyiv|LOC] and [Odesa|LOC] killed five people.", "")]
    // police, prosecutors or authorities act for the story's state, not for one whose other body was named before (it read
    // Peru seeking a sentence)
    [InlineData("[QUITO|LOC|Quito] (AFP) - Troops withdrew on Wednesday.\n\n[Peru|LOC]'s government questioned whether the events had been staged. Prosecutors said they would seek 20 years in prison for [Juan Perez|PERSON].",
        "THREATEN/anticipated 'seek' actor=Quito recipient=Juan Perez")]
    // a place that is no state, taken, was taken from the party "from" names (it read the town as the one seized from)
    [InlineData("[Somali|NORP] troops recaptured the town of [Adan Yabaal|LOC] from [al-Shabaab|ORG] on Thursday.", "COERCE/asserted 'recaptured' actor=Somali recipient=al-Shabaab")]
    // a past form after the comma that closes a relative clause on the subject is the subject's verb (it read a participle)
    [InlineData("[Niger|LOC]'s ruling junta, which seized power in a coup in July 2023, expelled [French|NORP] troops last year.", "COERCE/asserted 'expelled' actor=Niger recipient=French")]
    // in a headline a verb's "-s" form after a possessor's noun is the verb (it read the EU's talks, negated)
    [InlineData("[Georgia|LOC]'s Ruling Party Suspends [EU|ORG|European Union] Accession Talks", "SANCTION/asserted 'Suspends' actor=Georgia recipient=European Union")]
    // people the law wants or accuses, sent to a state, are extradited (there was no event)
    [InlineData("[Mexico|LOC] sent [26 people|QUANTITY] wanted on drug trafficking charges to the [United States|LOC] on Tuesday.", "COOPERATE/asserted 'sent' actor=Mexico recipient=United States")]
    // the second of a pair "between" names may be one's counterpart (there was no event)
    [InlineData("Talks between [Chinese|NORP] Foreign Minister [Wang Yi|PERSON] and his [Indian|NORP] counterpart [Subrahmanyam Jaishankar|PERSON] ended.",
        "CONSULT/asserted 'Talks' actor=Wang Yi recipient=Subrahmanyam Jaishankar")]
    // after a lower-case word hyphened to another a word is a noun (it read "strikes" as a verb with no subject)
    [InlineData("[Israel|LOC] has carried out near-daily strikes in southern [Lebanon|LOC] despite the ceasefire.", "ASSAULT/asserted 'strikes' actor=Israel recipient=-")]
    // an infinitive asked of a list of names, past a relative clause on it, is the request's (it read Aoun forcing Israel)
    [InlineData("[Joseph Aoun|PERSON] called on the [United States|LOC] and [France|LOC], which brokered the truce, to force [Israel|LOC] to stop its attacks.",
        "REQUEST/asserted 'called' actor=Joseph Aoun recipient=United States")]
    [InlineData("[Joseph Aoun|PERSON] called on the [United States|LOC] and [France|LOC] to force [Israel|LOC] to stop its attacks.",
        "REQUEST/asserted 'called' actor=Joseph Aoun recipient=United States")]
    // "in solidarity with" opens a phrase of motive: whom it names is no party to the act (it read the Palestinians as the
    // ones the rally was aimed at)
    [InlineData("Hundreds of protesters rallied in [London|LOC] in solidarity with [Palestinian|NORP] civilians.", "PROTEST/asserted 'rallied' actor=- recipient=-")]
    // "the two leaders" are two persons the sentence joins by "and", before the parties of an act just told (it read Erdogan
    // and Abiy, the host and one of his guests)
    [InlineData("[Erdogan|PERSON], who hosted [Ethiopian|NORP] Prime Minister [Abiy Ahmed|PERSON] and [Somali|NORP] President [Hassan Sheikh Mohamud|PERSON] in [Ankara|LOC], said the two leaders had signed a declaration.",
        "CONSULT/asserted 'hosted' actor=Erdogan recipient=Abiy Ahmed | SUPPORT/asserted 'signed' actor=Abiy Ahmed recipient=Hassan Sheikh Mohamud")]
    // an attack on computer systems is PLOVER's COERCE of mode "cyber" (it read a breach of norms, REJECT, and force)
    [InlineData("[Chinese|NORP] hackers breached [U.S.|LOC|United States] telecom networks.", "COERCE/asserted 'breached' actor=Chinese recipient=United States")]
    [InlineData("Hackers linked to [China|LOC]'s government broke into the networks of several [U.S.|LOC|United States] companies.",
        "COERCE/asserted 'broke' actor=China recipient=United States")]
    [InlineData("[Russia|LOC] attacked [Ukraine|LOC]'s power grid.", "ASSAULT/asserted 'attacked' actor=Russia recipient=Ukraine")]
    // an execution of people is an assault, to no party named but the people's (there was none: the dictionary lacks "execute",
    // and a man hanged was no party); a plan executed is none
    [InlineData("[Iran|LOC] hanged a man on Sunday who had been convicted of spying.", "ASSAULT/asserted 'hanged' actor=Iran recipient=-")]
    [InlineData("[Saudi Arabia|LOC] executed seven [Yemenis|NORP|Yemeni].", "ASSAULT/asserted 'executed' actor=Saudi Arabia recipient=Yemeni")]
    [InlineData("The [Iraqi|NORP] government executed its plan.", "")]
    // a participle and its "from" after a verb's object describe the object (it read Guatemala deporting)
    [InlineData("[Guatemala|LOC] will accept migrants deported from the [United States|LOC].", "")]
    // the object of a verb the dictionary lacks does not do the act a phrase of "during" after it names (it read Poland attacking)
    [InlineData("[Russian|NORP] drones entered [Polish|NORP] airspace during an attack on [Ukraine|LOC].", "ASSAULT/asserted 'attack' actor=Russian recipient=Ukraine")]
    // "after" a nationality, its noun and a verb opens a clause whose parties and places are its own (it read the drones' Russia
    // as the one troops were deployed against, and the warships' Taiwan as where the sanctions were)
    [InlineData("[Poland|LOC] deployed 40,000 troops to the frontier, a day after [Russian|NORP] drones entered [Polish|NORP] airspace.", "MOBILIZE/asserted 'deployed' actor=Poland recipient=-")]
    // a tribunal in a state acts for it, as a court does, and a participle before a title and its person describes the person
    // (there was no event; then it read an ouster too)
    [InlineData("A special tribunal in [Bangladesh|LOC] sentenced ousted Prime Minister [Sheikh Hasina|PERSON] to death on Monday.",
        "COERCE/asserted 'sentenced' actor=Bangladesh recipient=Sheikh Hasina")]
    // the pair a third party addresses as "both sides" are the parties of the conflict told before, not the subject and its
    // apposition, nor those of a request to another third party (there was none)
    [InlineData("[Thailand|LOC] launched air strikes on [Cambodia|LOC]. [Cambodia|LOC] said it would ask the [U.N. Security Council|ORG] to meet. [Anwar Ibrahim|PERSON], the chair of [ASEAN|ORG], urged both sides to cease hostilities.",
        "ASSAULT/asserted 'launched air strikes' actor=Thailand recipient=Cambodia | REQUEST/anticipated 'ask' actor=Cambodia recipient=U.N. Security Council | REQUEST/asserted 'urged' actor=Anwar Ibrahim recipient=Thailand | REQUEST/asserted 'urged' actor=Anwar Ibrahim recipient=Cambodia")]
    // to grapple with something is to cope with it (it read a fight)
    [InlineData("The win comes as rival [Boeing Co|ORG] grapples with production problems.", "")]
    // a count's words before the people acted on ("at least", "about") hide no object (there was no event)
    [InlineData("[Hamas|ORG] killed at least 12 soldiers near [Gaza|LOC].", "ASSAULT/asserted 'killed' actor=Hamas recipient=-")]
    [InlineData("The [Gran Grif|ORG] gang killed about 115 people on Thursday.", "ASSAULT/asserted 'killed' actor=Gran Grif recipient=-")]
    // a reporting clause with a long subject names no party (it read a seizure of Nescafe)
    [InlineData("[Laurent Freixe|PERSON] will take over on Sept. 1, the maker of [KitKat|ORG] chocolate bars and [Nescafe|ORG] coffee said in a statement.", "")]
    // the owner a possessive pronoun gives one of the targets struck is the one attacked (it had none)
    [InlineData("The [Philippine|NORP] coast guard said that a [Chinese|NORP] ship rammed one of its vessels.", "ASSAULT/asserted 'rammed' actor=Chinese recipient=Philippine")]
    // a body's noun opening a sentence after a sentence a one-word body opened stands for that body (there was no actor)
    [InlineData("[Hezbollah|ORG] confirmed his death. The militant group fired rockets at [Israel|LOC].", "ASSAULT/asserted 'fired' actor=Hezbollah recipient=Israel")]
    // a second predicate after "and was" has parties of its own (it read the hospital as the one the denial was aimed at)
    [InlineData("[Rigathi Gachagua|PERSON] denied all the charges and was admitted to [Karen Hospital|ORG] in [Nairobi|LOC].",
        "REJECT/asserted 'denied' actor=Rigathi Gachagua recipient=-")]
    // a crowd of joined nouns, and one opening a clause of time (there was no protest)
    [InlineData("[Javier Milei|PERSON] vetoed the bill a day after thousands of students and teachers marched in [Buenos Aires|LOC].",
        "REJECT/asserted 'vetoed' actor=Javier Milei recipient=- | PROTEST/asserted 'marched' actor=- recipient=-")]
    // an article after a date opens the clause's subject, the phrase of time closed without its comma (there was no actor)
    [InlineData("On [Tuesday|DATE] a [Houthi|NORP] missile struck a container ship.", "ASSAULT/asserted 'struck' actor=Houthi recipient=-")]
    // a list in a phrase of the sentence before is no antecedent where a subject was named (it read Asia targeting ships)
    [InlineData("Ships sail around [Africa|LOC], adding two weeks to journeys between [Asia|LOC] and [Europe|LOC]. The [Houthis|NORP], who control much of [Yemen|LOC], say they are targeting ships linked to [Israel|LOC].",
        "ASSAULT/asserted 'targeting' actor=Houthis recipient=Israel")]
    // a people's name before a building's noun after a preposition of nearness says where, and names no agent of a passive (it
    // read the Sikhs shooting)
    [InlineData("[Hardeep Singh Nijjar|PERSON] was shot dead in [June|DATE] outside a [Sikh|NORP] temple in [Surrey|LOC].", "")]
    // a vote two sentences before makes a contest's verb no force (it read an assassination)
    [InlineData("[Dissanayake|PERSON] won the presidential election on [Sunday|DATE]. [Dissanayake|PERSON] took the oath in [Colombo|LOC]. He defeated opposition leader [Sajith Premadasa|PERSON].", "")]
    // a title heading the object of a dismissal removes its holder from office (it read an accusation)
    [InlineData("[Volodymyr Zelenskiy|PERSON] dismissed the commander-in-chief of the armed forces, General [Valery Zaluzhnyi|PERSON], on [Thursday|DATE].", "")]
    // a crowd of an unnamed body's supporters protests with no actor (there was no protest)
    [InlineData("Thousands of supporters of the junta rallied in [Niamey|LOC] on [Saturday|DATE].", "PROTEST/asserted 'rallied' actor=- recipient=-")]
    // a place before a prison's noun names the prison, and an occupied place after "in" says where (it read Ofer, then the
    // West Bank, as the ones released to)
    [InlineData("[Israel|LOC] released the prisoners from [Ofer|LOC] prison in the occupied [West Bank|LOC].", "RETREAT/asserted 'released' actor=Israel recipient=-")]
    // a camp raided is a target of force (there was no event)
    [InlineData("[Israeli|NORP] troops raided a camp in the [West Bank|LOC].", "ASSAULT/asserted 'raided' actor=Israeli recipient=-")]
    // a clause of time whose subject is a name past an article or a possessive and its modifiers, its verb a past form the
    // dictionary lists as a lemma of its own ("lost"), has parties of its own (it read the party as the one resigned from)
    [InlineData("[Shigeru Ishiba|PERSON] resigned after the [Liberal Democratic Party|ORG] lost its majority.", "RETREAT/asserted 'resigned' actor=Shigeru Ishiba recipient=-")]
    [InlineData("[Shigeru Ishiba|PERSON] said he would step down, after his governing [Liberal Democratic Party|ORG] lost its majority.",
        "AGREE/anticipated 'step' actor=Shigeru Ishiba recipient=-")]
    // an object pronoun right after its verb stands for none of that verb's subjects (it read one subject congratulating the
    // other)
    [InlineData("[Aoun|PERSON] pledged reforms. French President [Emmanuel Macron|PERSON] and [Saudi|NORP] Foreign Minister Prince [Faisal bin Farhan|PERSON] congratulated him.",
        "SUPPORT/asserted 'congratulated' actor=Faisal bin Farhan recipient=Aoun | SUPPORT/asserted 'congratulated' actor=Emmanuel Macron recipient=Aoun")]
    // a ministry whose name opens with its noun lodges a complaint as one whose name ends in it does (it read a demonstration)
    [InlineData("[Cambodia|LOC]'s [Ministry of Foreign Affairs|ORG] protested the seizure.", "ACCUSE/asserted 'protested' actor=Ministry of Foreign Affairs recipient=-")]
    // an infinitive's walk back to a controlling verb stops at the sentence's first word (an "And" there threw)
    [InlineData("And I have to wonder: Did he forget that he already has a memoir?", "")]
    // a word of order after an agreement's "to" is no verb the dictionary lacks (it read an intent to "first")
    [InlineData("[Israel|LOC] and [Hamas|ORG] agree to first phase of [Gaza|LOC] ceasefire",
        "SUPPORT/asserted 'agree' actor=Hamas recipient=Israel | AGREE/asserted 'ceasefire' actor=Hamas recipient=Israel")]
    // after a possessive pronoun and one modifier a base form is a noun, not a verb before its object (it read Greenpeace USA
    // arming Greenpeace International)
    [InlineData("The jury found [Greenpeace USA|ORG], its international arm [Greenpeace International|ORG] and a fund liable.", "")]
    // forces deployed to act on no party named are mobilized (there was no event: the dictionary's "deploy … to" read
    // cooperation with a party)
    [InlineData("President [William Ruto|PERSON] deployed the military to support the police.", "MOBILIZE/asserted 'deployed' actor=William Ruto recipient=-")]
    // a crowd a relative clause's "who" stands for protests with no actor (there was no protest)
    [InlineData("[Kenyan|NORP] police fired tear gas at thousands of protesters who marched on parliament in [Nairobi|LOC].",
        "ASSAULT/asserted 'fired' actor=Kenyan recipient=- | PROTEST/asserted 'marched' actor=- recipient=-")]
    // a question left open after "whom" commits to nothing, as one after "whether" does (it read an intent to "task")
    [InlineData("President [Alexander Van der Bellen|PERSON] will decide whom to task with forming a government.", "")]
    // a noun in apposition with a relative clause of its own stands aside from the clause, as a relative clause does (there
    // was no accusation: "that" read as a clause break between the verb and its subject)
    [InlineData("[Human Rights Watch|ORG], a group that tracks abuses in the war, accused the [RSF|ORG] of killing civilians.", "ACCUSE/asserted 'accused' actor=Human Rights Watch recipient=RSF")]
    // the act a phrase of "during" names after the accused's gerund is the accused's (it read the accuser's)
    [InlineData("[Human Rights Watch|ORG] accused the [RSF|ORG] of killing [at least 47 civilians|QUANTITY] during the assault on the town.", "ACCUSE/asserted 'accused' actor=Human Rights Watch recipient=RSF | ASSAULT/asserted 'assault' actor=RSF recipient=-")]
    // "a fire" is a blaze, not the fire of guns (it read an attack "starting")
    [InlineData("[Ukrainian|NORP] drones hit an oil refinery in [Russia|LOC], starting a fire.", "ASSAULT/asserted 'hit' actor=Ukrainian recipient=Russia")]
    // a phrase of place after an unnamed agent's noun names no agent (it read Chapare sheltering Morales)
    [InlineData("[Evo Morales|PERSON] has been sheltered by supporters in the [Chapare|LOC] region.", "")]
    // a name that would wage war after "that" is the warning side's (it read Islamabad warned)
    [InlineData("[Khawaja Asif|PERSON] warned that [Islamabad|LOC] would wage open war if the talks failed.", "ASSAULT/hypothetical 'wage' actor=Islamabad recipient=-")]
    // officers opening a sentence act for the state, as the police do (there was no actor)
    [InlineData("Officers detained three men in [Berlin|LOC] on [Wednesday|DATE].", "COERCE/asserted 'detained' actor=Berlin recipient=-")]
    // an arrest of a party named, by no one named, is the state's where it happened, or the dateline's (there was no event);
    // not of a name in a phrase of the subject's
    [InlineData("A [Christian|NORP] missionary from [Calgary|LOC] was arrested in [Lebanon|LOC] for collaborating with [Israel|LOC].", "COERCE/asserted 'arrested' actor=Lebanon recipient=Christian")]
    [InlineData("[BAMAKO|LOC] (AP) - Former prime minister [Moussa Mara|PERSON] was arrested in [August|DATE].", "COERCE/asserted 'arrested' actor=BAMAKO recipient=Moussa Mara")]
    [InlineData("An aide to a member of the [European Parliament|ORG], [Maximilian Krah|PERSON], had been arrested.", "")]
    // a city after an unnamed party and "in" is where an act's noun happened, not whom it was aimed at (it read Novi Sad)
    [InlineData("[Serbian|NORP] students clash with police in [Novi Sad|LOC]", "ASSAULT/asserted 'clash' actor=Serbian recipient=-")]
    // a crowd's noun past "of" and a participle on its noun protests with no actor (there was no protest)
    [InlineData("Families of hostages held in [Gaza|LOC] protested outside the cabinet meeting in [Jerusalem|LOC].", "PROTEST/asserted 'protested' actor=- recipient=-")]
    // "the ministry" stands for the state, as "the government" does (there was no accusation)
    [InlineData("[PRETORIA|LOC] (Reuters) - [South Africa|LOC] expelled the envoy, the foreign ministry said. The ministry accused the envoy, [Eliav Belotsercovsky|PERSON], of insulting President [Cyril Ramaphosa|PERSON].", "SANCTION/asserted 'expelled' actor=South Africa recipient=- | ACCUSE/asserted 'accused' actor=South Africa recipient=Eliav Belotsercovsky")]
    // "as" before a lower-case subject opens a clause (it read Ariel Henry seizing Port-au-Prince)
    [InlineData("[Haiti|LOC]'s Prime Minister [Ariel Henry|PERSON] asked for help in [2022|DATE] as gangs seized control of much of [Port-au-Prince|LOC].", "")]
    // what is needed asks nothing of anyone (it read a request)
    [InlineData("[Tesla|ORG] shareholders approved a pay package for [Elon Musk|PERSON], backing the board's argument that it was needed to keep him focused.", "")]
    // a ministry named with another state is no body of the state a junta rules (it read France suspending the broadcaster)
    [InlineData("[Burkina Faso|LOC]'s junta expelled [French|NORP] troops. [France|LOC]'s foreign ministry protested. The junta suspended [Radio France Internationale|ORG].", "COERCE/asserted 'expelled' actor=Burkina Faso recipient=French | ACCUSE/asserted 'protested' actor=France recipient=- | COERCE/asserted 'suspended' actor=Burkina Faso recipient=Radio France Internationale")]
    // the act a phrase of "in" names after the accused's harm, past a date, is the accused's, not its victim's (it read the
    // fisherman's people striking)
    [InlineData("[Gustavo Petro|PERSON] accused the [United States|LOC] on [Saturday|DATE] of killing a [Colombian|NORP] fisherman in a strike on a boat.",
        "ACCUSE/asserted 'accused' actor=Gustavo Petro recipient=United States | ASSAULT/asserted 'strike' actor=United States recipient=-")]
    // the infinitive after an unnamed object of "urge" has its own object, though the dictionary lacks the verb (it read the
    // Russians urged)
    [InlineData("The [European Commission|ORG] has urged member states to phase out [Russian|NORP] energy imports.", "REQUEST/asserted 'urged' actor=European Commission recipient=-")]
    // the subject pronoun of a relative clause with no relative pronoun on the object stands for the sentence's subject, the
    // possessor of an acting body, not the dateline's place nor a people in the object (it read the French detaining)
    [InlineData("[OUAGADOUGOU|LOC] (Reuters) - [Burkina Faso|LOC]'s military government has released a [French|NORP] intelligence officer it detained last year on suspicion of spying, the [Moroccan|NORP] foreign ministry said.",
        "RETREAT/asserted 'released' actor=Burkina Faso recipient=French | COERCE/asserted 'detained' actor=Burkina Faso recipient=-")]
    // force done to one person unnamed is force, as done to people is (there was no event)
    [InlineData("[British|NORP] police shot dead a man who attacked worshippers outside a synagogue.", "ASSAULT/asserted 'shot' actor=British recipient=-")]
    // a phrase of time before a participle's comma opens no clause (there was no expulsion)
    [InlineData("[Niger|LOC] has turned away from [France|LOC] since the coup, expelling [French|NORP] troops.", "COERCE/asserted 'expelling' actor=Niger recipient=French")]
    // an unnamed agent's phrase ends at its comma, and a place a location's noun of place and "of" name is a location (it read
    // the officials' people, then Jericho, killing the man)
    [InlineData("Two [Palestinian|NORP] men were killed in the [West Bank|LOC] city of [Jericho|LOC] by falling debris, [Palestinian|NORP] officials said.", "")]
    // the purpose of a crowd that gathered is its protest, done there (there was no protest); not of leaders gathered to talk
    [InlineData("Thousands of people gathered outside parliament in [Tbilisi|LOC] to protest against the law.", "PROTEST/asserted 'protest' actor=- recipient=-")]
    // what one means to press a party into is not done (it read an agreed ceasefire); what one pressed it into was
    [InlineData("[Washington|LOC] imposed sanctions on [Rosneft|ORG] to pressure [Moscow|LOC] into agreeing to a ceasefire.",
        "COERCE/asserted 'imposed sanctions' actor=Washington recipient=Rosneft | COERCE/asserted 'pressure' actor=Washington recipient=Moscow | AGREE/hypothetical 'ceasefire' actor=Moscow recipient=-")]
    [InlineData("[Washington|LOC] pressured [Kyiv|LOC] into signing the deal.", "COERCE/asserted 'pressured' actor=Washington recipient=Kyiv | AGREE/asserted 'deal' actor=Kyiv recipient=-")]
    // a past form between a preposition and the noun it describes is an adjective (it read Noboa organising CONAIE)
    [InlineData("[Daniel Noboa|PERSON] accused protest leaders of links to organised crime, a charge [CONAIE|ORG] rejected.",
        "ACCUSE/asserted 'accused' actor=Daniel Noboa recipient=- | REJECT/asserted 'rejected' actor=CONAIE recipient=-")]
    // a treaty whose article is named is the text, no agreement (it read NATO agreeing)
    [InlineData("[Poland|LOC] invoked Article 4 of [NATO|ORG]'s founding treaty, which allows members to request consultations.", "")]
    // a base form after the police or a plural of a body's people, before people, is their verb (there was no event)
    [InlineData("[Kenyan|NORP] police kill protesters as anti-government demonstrations flare", "ASSAULT/asserted 'kill' actor=Kenyan recipient=-")]
    // "shot dead" counts its people past "dead", and the protests they were killed in are not the police's (it read the police
    // protesting, and no shooting)
    [InlineData("[Kenyan|NORP] police shot dead [at least 16 people|QUANTITY] during nationwide protests on [Wednesday|DATE].", "ASSAULT/asserted 'shot' actor=Kenyan recipient=-")]
    // the one harmed in an object joined after another is no actor of the attack a phrase of "in" names (it read the Qatari)
    [InlineData("[Israel|LOC] struck [Hamas|ORG] leaders in [Doha|LOC], killing five members of the militant group and a [Qatari|NORP] security officer, in an attack that drew condemnation.",
        "ASSAULT/asserted 'struck' actor=Israel recipient=Hamas | ASSAULT/asserted 'killing' actor=Israel recipient=Qatari | ASSAULT/asserted 'attack' actor=Israel recipient=-")]
    // an "of" inside a name opens no phrase for the name joined after it (it read the Congo signing alone, M23 in its phrase)
    [InlineData("The [Democratic Republic of Congo|LOC] and the [M23|ORG] rebel group signed a framework agreement in [Qatar|LOC].",
        "SUPPORT/asserted 'signed' actor=M23 recipient=Democratic Republic of Congo")]
    // war games are drills, as "wargames" are (there was no event)
    [InlineData("[Beijing|LOC] staged war games around [Taiwan|LOC] after a speech by President [Lai Ching-te|PERSON].", "MOBILIZE/asserted 'games' actor=Beijing recipient=-")]
    // a nationality before a portfolio, a title and a person describes the person, who is met (it read the Israelis met)
    [InlineData("[Asaad al-Shaibani|PERSON] met [Israeli|NORP] Strategic Affairs Minister [Ron Dermer|PERSON] in [Paris|LOC].",
        "CONSULT/asserted 'met' actor=Asaad al-Shaibani recipient=Ron Dermer")]
    // a crowd's force against a place is a riot, done by the crowd or by its people (there was no event, or an assault);
    // gunmen are no crowd
    [InlineData("Thousands of protesters stormed [Kenya|LOC]'s parliament on [Tuesday|DATE].", "PROTEST/asserted 'stormed' actor=- recipient=Kenya")]
    [InlineData("[Kurdish|NORP] protesters stormed the [Swedish|NORP] consulate in [Istanbul|LOC].", "PROTEST/asserted 'stormed' actor=Kurdish recipient=Swedish")]
    [InlineData("Supporters of the opposition stormed the election commission in [Lagos|LOC].", "PROTEST/asserted 'stormed' actor=- recipient=-")]
    [InlineData("Gunmen stormed the village in [Zamfara|LOC].", "")]
    // a participle after the object's phrase of "including" is the clause's subject's (it read the officials accusing the EU)
    [InlineData("The [European Union|ORG] on [Monday|DATE] imposed sanctions on 25 [Belarusian|NORP] officials, including the interior minister, accusing them of suppressing protests.",
        "COERCE/asserted 'imposed sanctions' actor=European Union recipient=Belarusian | ACCUSE/asserted 'accusing' actor=European Union recipient=Belarusian")]
    // "suspected" before the noun it describes, after a gerund or a number, is no accusation (it read Turkey suspecting Gulen)
    [InlineData("[Turkish|NORP] police detained [42 people|QUANTITY] in operations targeting suspected supporters of [Fethullah Gulen|PERSON].",
        "COERCE/asserted 'detained' actor=Turkish recipient=Fethullah Gulen")]
    [InlineData("[Pakistani|NORP] troops killed six suspected militants near the [Afghan|NORP] border.", "ASSAULT/asserted 'killed' actor=Pakistani recipient=-")]
    // the text of an accord agreed is the accord agreed (there was no event)
    [InlineData("[Armenia|LOC] and [Azerbaijan|LOC] have agreed the text of a peace treaty.", "AGREE/asserted 'agreed' actor=Azerbaijan recipient=Armenia")]
    // a participle right after a preposition's object, whom its pronoun stands for, is the subject's, past the object's title
    // (it read the minister urging the chief minister)
    [InlineData("[Tamil Nadu|LOC] Chief Minister [M.K. Stalin|PERSON] wrote to External Affairs Minister [S. Jaishankar|PERSON] urging him to secure their release.",
        "REQUEST/asserted 'urging' actor=M.K. Stalin recipient=S. Jaishankar")]
    // "its" after a spokesman's verb of saying is the body he speaks for, and a verb of saying after "and" leaves the modal
    // before it to its own clause (it read the television station's launch, hypothetical)
    [InlineData("The strikes hit fuel depots, the [Al Masirah|ORG] television reported. [Houthi|NORP] spokesman [Yahya Saree|PERSON] vowed that the group would respond and said its forces had launched [drones|WEAPON|drone] at [Eilat|LOC].",
        "ASSAULT/asserted 'launched' actor=Houthi recipient=Eilat")]
    // "both" between coordinated subjects and their verb leaves both subjects (it read Russia alone)
    [InlineData("The [European Union|ORG] and [Russia|LOC] both praised the deal.",
        "SUPPORT/asserted 'praised' actor=Russia recipient=- | SUPPORT/asserted 'praised' actor=European Union recipient=-")]
    // people executed past a count's qualifier (there was no event); a joint patrol is military cooperation, as joint drills are
    [InlineData("[Iran|LOC] has executed at least nine people accused of spying for [Israel|LOC].", "ASSAULT/asserted 'executed' actor=Iran recipient=-")]
    [InlineData("[Russia|LOC] and [China|LOC] held a joint patrol in the [Pacific|LOC].", "COOPERATE/asserted 'patrol' actor=China recipient=Russia")]
    [InlineData("Police patrols were stepped up in [Kano|LOC].", "")]
    // "any" before the act's noun counts as an article does towards a negation's reach (it read the deal anticipated)
    [InlineData("[Hamas|ORG] said it would not agree to any deal.", "AGREE/negated 'deal' actor=Hamas recipient=-")]
    // "the same court" is the court named before, however far back; a party's name before "party" is the object's modifier
    // (there was no event)
    [InlineData("[Thailand|LOC]'s [Constitutional Court|ORG] dismissed the prime minister. The court ruled 5-4. Parliament must choose a successor. The ruling party nominated his rival. Last week the same court dissolved the opposition [Move Forward|ORG] party.",
        "COERCE/asserted 'dissolved' actor=Constitutional Court recipient=Move Forward")]
    // a place before the nouns of acts in a headline names the talks' topic (it read Gaza holding talks)
    [InlineData("[Gaza|LOC] ceasefire talks resume in [Cairo|LOC]\n\n[CAIRO|LOC] (Reuters) - Negotiators met.", "")]
    // a crowd after "as" protests, with no actor; "as" opens the clause past its crowd's "of" (there was no protest, then the
    // police's people's)
    [InlineData("[Georgian|NORP] police detained the opposition leader as tens of thousands of people rallied against the decision.",
        "COERCE/asserted 'detained' actor=Georgian recipient=- | PROTEST/asserted 'rallied' actor=- recipient=-")]
    // a promise to send is each promiser's own, none the other's partner (it read Bangladesh promising the Bahamas)
    [InlineData("[Jamaica|LOC], [Kenya|LOC] and [Bangladesh|LOC] have promised to send personnel.",
        "AGREE/asserted 'promised to send' actor=Bangladesh recipient=- | AGREE/asserted 'promised to send' actor=Kenya recipient=- | AGREE/asserted 'promised to send' actor=Jamaica recipient=-")]
    // a participle after a name in apposition and its acronym in parentheses is the clause subject's (it read the party accusing)
    [InlineData("[Pakistan|LOC]'s government said it would ban the party, [Pakistan Tehreek-e-Insaf|ORG] ([PTI|ORG]), accusing it of inciting violence.",
        "THREATEN/anticipated 'ban' actor=Pakistan recipient=Pakistan Tehreek-e-Insaf | ACCUSE/asserted 'accusing' actor=Pakistan recipient=Pakistan Tehreek-e-Insaf")]
    // the purpose of a gathering eight words back is the gatherers' act, done (it read it intended)
    [InlineData("Thousands of people gathered in another part of the city to protest against [Yoon|PERSON].", "PROTEST/asserted 'protest' actor=- recipient=Yoon")]
    // a charge set off after a comma that a clause on it denies is no act (it read the convicted man charging the United States)
    [InlineData("A [Russian|NORP] court convicted [Evan Gershkovich|PERSON] of espionage, charges he and the [U.S.|LOC|United States] government deny.",
        "COERCE/asserted 'convicted' actor=Russian recipient=Evan Gershkovich")]
    // a place before a lower-case modifier and an accord's noun is the accord's topic (it read the Black Sea agreeing)
    [InlineData("The two leaders discussed the [Black Sea|LOC] grain deal.", "")]
    // "armed" before a weapon describes it (it read NATO arming Kyiv); attacks stepped up are made, not threatened
    [InlineData("[Turkey|LOC], a [NATO|ORG] member, has sold armed [drones|WEAPON|drone] to [Kyiv|LOC].", "")]
    [InlineData("[Kyiv|LOC] has stepped up attacks on [Russian|NORP] energy infrastructure.", "ASSAULT/asserted 'attacks' actor=Kyiv recipient=Russian")]
    // the purpose of a crowd that defied a curfew, past a date, is its protest (there was no event); the purpose of a march is
    // that march's protest, told once
    [InlineData("Thousands of students in [Bangladesh|LOC] defied a nationwide curfew on [Saturday|DATE] to protest against quotas.", "PROTEST/asserted 'protest' actor=- recipient=-")]
    [InlineData("Tens of thousands of people marched through central [Madrid|LOC] on [Saturday|DATE] to protest against soaring rents.", "PROTEST/asserted 'marched' actor=- recipient=-")]
    // a cue of time before a past form after "and" is the first verb phrase's (it read the protest planned)
    [InlineData("[Baku|LOC] cancelled all cultural events planned with [Russia|LOC] and summoned [Moscow|LOC]'s ambassador to protest against the deaths.",
        "CONSULT/asserted 'summoned' actor=Baku recipient=Moscow | ACCUSE/asserted 'protest' actor=Baku recipient=-")]
    // politicians released are people released (there was no event)
    [InlineData("[Mali|LOC]'s military government released 11 opposition politicians on [Tuesday|DATE].", "RETREAT/asserted 'released' actor=Mali recipient=-")]
    // a participle of harm or custody right after people, its agent named, is the agent's act on them (there was no event)
    [InlineData("[Venezuela|LOC] released 10 [American|NORP] citizens in exchange for 252 [Venezuelan|NORP] migrants deported by the [United States|LOC] to a prison.",
        "RETREAT/asserted 'released' actor=Venezuela recipient=American | COERCE/asserted 'deported' actor=United States recipient=Venezuelan")]
    [InlineData("[Ukraine|LOC] buried the civilians killed by [Russian|NORP] forces.", "ASSAULT/asserted 'killed' actor=Russian recipient=-")]
    // an act's noun that is its clause's subject is the act of the agent "by" names right after it (there was no event)
    [InlineData("An air strike by [Myanmar|LOC]'s military killed at least 40 people in [Rakhine|LOC].", "ASSAULT/asserted 'strike' actor=Myanmar recipient=-")]
    // a body's noun opening a sentence goes on with the body that opened the sentence before, past its dateline (it had no actor)
    [InlineData("[BEIRUT|LOC] (Reuters) - [Hezbollah|ORG] fired dozens of [rockets|WEAPON|rocket] at northern [Israel|LOC]. The [Iran|LOC]-backed group said it had targeted an [Israeli|NORP] army base.",
        "ASSAULT/asserted 'fired' actor=Hezbollah recipient=- | ASSAULT/asserted 'targeted' actor=Hezbollah recipient=Israeli")]
    // an act between equals staged by coordinated subjects has the other subject as its party (it had none)
    [InlineData("[China|LOC] and [Russia|LOC] conducted joint drills in the [Sea of Japan|LOC].", "COOPERATE/asserted 'drills' actor=Russia recipient=China")]
    // a title's base form after the body's people, before a title, is their verb (it was a noun, whose party was the warrant's court)
    [InlineData("[Philippine|NORP] police arrest former president [Duterte|PERSON] on [ICC|ORG] warrant\n\nIt rained.", "COERCE/asserted 'arrest' actor=Philippine recipient=Duterte")]
    // a past form after "and" past a perfect's infinitive is the perfect's, not the infinitive's promise (it was anticipated)
    [InlineData("[Kim Jong Un|PERSON] has vowed to expand his nuclear arsenal and rejected calls from [Washington|LOC] to resume talks.",
        "REJECT/asserted 'rejected' actor=Kim Jong Un recipient=Washington | CONSULT/negated 'talks' actor=Kim Jong Un recipient=-")]
    // past an object that names people but no one, "over" gives the cause, whose parties are not the act's (they were recipients)
    [InlineData("[Georgia|LOC]'s court jailed two opposition leaders over their meeting with [Ukraine|LOC]'s president.", "COERCE/asserted 'jailed' actor=Georgia recipient=-")]
    [InlineData("[Thai|NORP] court removes prime minister over phone call with [Hun Sen|PERSON]\n\nIt rained.", "")]
    // a region before the noun of its states is a subject right before the verb, and its partner a co-subject (Poland had no event)
    [InlineData("[Poland|LOC] and the [Baltic|LOC] states condemned [Budapest|LOC].", "ACCUSE/asserted 'condemned' actor=Baltic recipient=Budapest | ACCUSE/asserted 'condemned' actor=Poland recipient=Budapest")]
    // fire exchanged past its weapon is an exchange, each side's act aimed at the other (neither had a recipient)
    [InlineData("[Pakistani|NORP] and [Indian|NORP] troops exchanged [artillery|WEAPON] fire along the [Line of Control|LOC].",
        "ASSAULT/asserted 'exchanged' actor=Indian recipient=Pakistani | ASSAULT/asserted 'exchanged' actor=Pakistani recipient=Indian")]
    // an envoy ordered to leave the country is expelled, SANCTION (it was COERCE)
    [InlineData("[Niger|LOC]'s military rulers ordered [French|NORP] Ambassador [Sylvain Itte|PERSON] to leave the country within 48 hours.", "SANCTION/asserted 'ordered' actor=Niger recipient=Sylvain Itte")]
    // an infinitive of purpose after a verb of deploying names no destination (the dictionary's "warships to" read military aid)
    [InlineData("The [Indonesian|NORP] navy deployed two warships to shadow the vessel.", "MOBILIZE/asserted 'deployed' actor=Indonesian recipient=-")]
    // a base form after a singular name that a headline's present verb governs is a noun (it was EU's aid, asserted)
    [InlineData("[Hungary|LOC] blocks [EU|ORG] aid for [Ukraine|LOC]\n\nIt rained.", "COERCE/asserted 'blocks' actor=Hungary recipient=EU")]
    // an act in the purpose of a thing used is its users' (it was India's attack)
    [InlineData("[India|LOC] said its strikes targeted \"terrorist infrastructure\" used to plan an attack.", "ASSAULT/asserted 'strikes' actor=India recipient=-")]
    // protesters who gather protest, though no name covers them (there was no event)
    [InlineData("Thousands of protesters gathered outside parliament in [Tbilisi|LOC].", "PROTEST/asserted 'gathered' actor=- recipient=-")]
    // a crowd hurling things riots (there was no event: an assault by no one named)
    [InlineData("Protesters hurled [petrol bombs|WEAPON] at police outside parliament.", "PROTEST/asserted 'hurled' actor=- recipient=-")]
    // unions are a crowd that strikes (there was no event)
    [InlineData("Unions staged a 24-hour general strike.", "PROTEST/asserted 'staged' actor=- recipient=-")]
    // forces ordered to a place that is no state are mobilized (there was no event)
    [InlineData("[Gustavo Petro|PERSON] ordered troops to the region.", "MOBILIZE/asserted 'ordered' actor=Gustavo Petro recipient=-")]
    // a past form after "and" before forces it sends is the verb the subject shares, no adjective (there was no event)
    [InlineData("[Gustavo Petro|PERSON] condemned the attacks and deployed troops to the region.",
        "ACCUSE/asserted 'condemned' actor=Gustavo Petro recipient=- | MOBILIZE/asserted 'deployed' actor=Gustavo Petro recipient=-")]
    // guarantors are no parties to each other (it was Norway's agreement with Cuba)
    [InlineData("[Cuba|LOC] and [Norway|LOC], which guarantee the peace process, urged the parties to return to talks.",
        "REQUEST/asserted 'urged' actor=Norway recipient=- | REQUEST/asserted 'urged' actor=Cuba recipient=-")]
    // a sentence-case title's base form after a people's noun is their verb, an agreement told as made (it was the truce's noun
    // after "to", anticipated as an infinitive's)
    [InlineData("[Thai|NORP] and [Cambodian|NORP] leaders agree to ceasefire after border fighting\n\nIt rained.", "AGREE/asserted 'agree' actor=Cambodian recipient=Thai")]
    // a title in sentence case is a headline, whose base form after a body's people is their verb (it was a noun, Eritrea's alone)
    [InlineData("[Ethiopia|LOC] and [Eritrea|LOC] troops clash near border town\n\nIt rained.",
        "ASSAULT/asserted 'clash' actor=Eritrea recipient=Ethiopia | ASSAULT/asserted 'clash' actor=Ethiopia recipient=Eritrea")]
    // a truce's accord signed is an accord signed, between the co-subjects (it was a truce declared by each, and a deal)
    [InlineData("[Thailand|LOC] and [Cambodia|LOC] signed a ceasefire deal in [Kuala Lumpur|LOC].", "SUPPORT/asserted 'signed' actor=Cambodia recipient=Thailand")]
    // an act blocked keeps its own parties and is told as not done (there was no event)
    [InlineData("[Kenyan|NORP] court blocked the deployment of police to [Haiti|LOC].", "MOBILIZE/negated 'deployment' actor=Kenyan recipient=Haiti")]
    [InlineData("[Kenyan|NORP] court blocks deployment of police to [Haiti|LOC]\n\nIt rained.", "MOBILIZE/negated 'deployment' actor=Kenyan recipient=Haiti")]
    // an unlisted verb's past form after a people's noun is their verb (it was a noun: no event)
    [InlineData("[Azerbaijani|NORP] forces retook the [Karabakh|LOC] region in [2023|DATE].", "COERCE/asserted 'retook' actor=Azerbaijani recipient=Karabakh")]
    // "they" after the coordinated subjects of a verb of saying stands for each of them (South Korea had no event)
    [InlineData("[Japan|LOC] and [South Korea|LOC] said they would hold talks with [Washington|LOC] next week.",
        "AGREE/anticipated 'hold talks' actor=Japan recipient=Washington | AGREE/anticipated 'hold talks' actor=South Korea recipient=Washington")]
    [InlineData("[Japan|LOC] said they would hold talks with [Washington|LOC] next week.", "AGREE/anticipated 'hold talks' actor=Japan recipient=Washington")]
    // a legislature opening the sentence stands for the dateline's state, as the police do (there was no event); to elect an
    // official is no act between parties (it was cooperation)
    [InlineData("[SEOUL|LOC|Seoul] (Reuters) - President [Yoon Suk Yeol|PERSON] declared martial law. Parliament impeached [Yoon|PERSON] 11 days later.",
        "COERCE/asserted 'declared' actor=Yoon Suk Yeol recipient=- | ACCUSE/asserted 'impeached' actor=Seoul recipient=Yoon")]
    [InlineData("[BANGKOK|LOC|Bangkok] (Reuters) - Parliament later elected [Anutin Charnvirakul|PERSON] as prime minister.", "")]
    // an act the world at large makes, and protests in the plural told as an occasion or a cause, are not the subject's (they were
    // Venezuela's condemnation and Iran's protests)
    [InlineData("[Nicolas Maduro|PERSON] was sworn in on [Friday|DATE] for a third term as [Venezuela|LOC]'s president, despite opposition claims that it won the [July|DATE] election and international condemnation.", "")]
    [InlineData("[Iran|LOC] executed a man convicted of killing a policeman during the [2022|DATE] nationwide protests.", "ASSAULT/asserted 'executed' actor=Iran recipient=-")]
    [InlineData("[Iran|LOC] executes man over 2022 protests\n\nIt rained.", "ASSAULT/asserted 'executes' actor=Iran recipient=-")]
    // a name before the act's noun of a pattern is its author; the party after "on" is the one aimed at (it was the EU)
    [InlineData("[France|LOC] said it would push for new [EU|ORG|European Union] sanctions on [Tehran|LOC].", "THREATEN/anticipated 'push for new EU sanctions' actor=France recipient=Tehran")]
    // "by" past a second verb phrase's "and" and its auxiliary names that phrase's agent (it was Putin's invasion)
    [InlineData("[Narendra Modi|PERSON] arrived in [Moscow|LOC] for his first visit since the invasion of [Ukraine|LOC], and was welcomed by President [Vladimir Putin|PERSON].",
        "CONSULT/asserted 'arrived' actor=Narendra Modi recipient=Moscow | CONSULT/asserted 'visit' actor=Narendra Modi recipient=- | SUPPORT/asserted 'welcomed' actor=Vladimir Putin recipient=Narendra Modi")]
    // economic measures suspended are eased (it was the sanctions called off, COERCE negated)
    [InlineData("The [European Union|ORG] suspended some sanctions on [Syria|LOC]'s energy sector.", "RETREAT/asserted 'suspended' actor=European Union recipient=-")]
    // a state's name before a border's noun names a place, where troops sent are mobilized (it was military cooperation)
    [InlineData("[Mexico|LOC] sends 10,000 troops to [U.S.|LOC|United States] border\n\nIt rained.", "MOBILIZE/asserted 'sends' actor=Mexico recipient=United States")]
    // a people's name before a settlement's noun and "of" describes the place named after it (it was the recipient)
    [InlineData("[M23|ORG] rebels captured the eastern [Congolese|NORP] city of [Goma|LOC].", "COERCE/asserted 'captured' actor=M23 recipient=Goma")]
    // a crowd attacking riots (there was no event); people who clash clash in words (it was an armed assault)
    [InlineData("Protesters in [Kinshasa|LOC] attacked several embassies.", "PROTEST/asserted 'attacked' actor=- recipient=-")]
    [InlineData("[Donald Trump|PERSON] and [Volodymyr Zelenskiy|PERSON] clashed in the Oval Office.",
        "ACCUSE/asserted 'clashed' actor=Volodymyr Zelenskiy recipient=Donald Trump | ACCUSE/asserted 'clashed' actor=Donald Trump recipient=Volodymyr Zelenskiy")]
    // "It" opening a sentence goes on with the body or state the sentence before opened with (it was the people's name before
    // "drones")
    [InlineData("[Russia|LOC]'s defence ministry said [Ukrainian|NORP] [drones|WEAPON|drone] had attacked airfields. It said it had detained several suspects.",
        "ASSAULT/asserted 'attacked' actor=Ukrainian recipient=- | COERCE/asserted 'detained' actor=Russia recipient=-")]
    // in a title, a word before "to" after a name a present verb governs is no noun, nor is one after a preposition and a body's
    // noun a verb (the title's readings of headline verbs lost Putin's readiness and Germany's pledge)
    [InlineData("[Kremlin|ORG] says [Putin|PERSON] ready to meet [Zelenskiy|PERSON], but only in [Moscow|LOC]\n\nIt rained.", "AGREE/asserted 'ready to meet' actor=Putin recipient=Zelenskiy")]
    [InlineData("[Germany|LOC] pledges [3 billion euros|MONEY] in military aid to [Ukraine|LOC]\n\nIt rained.", "AGREE/asserted 'pledges' actor=Germany recipient=Ukraine")]
    // a participle of feeling before "in" or "with" is the subject's feeling towards the party after it (it was reversed)
    [InlineData("[Trump|PERSON] said he was disappointed in [Putin|PERSON].", "ACCUSE/asserted 'disappointed' actor=Trump recipient=Putin")]
    // a simulated act is not done (it was a blockade)
    [InlineData("[China|LOC]'s military launched drills, sending [warships|WEAPON|warship] to simulate a blockade of the island.",
        "MOBILIZE/asserted 'drills' actor=China recipient=- | COERCE/hypothetical 'blockade' actor=China recipient=-")]
    // "each" right after the names before a verb stands apart from them, and a go-between's "by" names no party (there was no
    // event, then the mediator was the one released to)
    [InlineData("[Ukraine|LOC] and [Russia|LOC] each released 84 prisoners of war in an exchange mediated by the [United Arab Emirates|LOC].",
        "RETREAT/asserted 'released' actor=Russia recipient=- | RETREAT/asserted 'released' actor=Ukraine recipient=-")]
    // a verb of many readings still needs its second party
    [InlineData("[Vladimir Putin|PERSON] took the decision on Monday.", "")]
    public void SentenceStructureGivesRoles(string marked, string expected)
    {
        var events = Events(marked);
        // Compared as one string so that a failure shows the whole of every event (collection diffs are cut short).
        Assert.True(expected == string.Join(" | ", events), "actual: " + string.Join(" | ", events));
    }

    /// <summary>An amount from another clause is not the act's (the proposal had the loan's $1.3 billion).</summary>
    [Fact]
    public void An_amount_is_taken_only_from_the_trigger_s_clause()
    {
        var doc = EventTestSupport.Marked("[China|LOC] offered [$1.3 billion|MONEY] in loans, while [Russian Railways|ORG] proposed a joint venture with [Kazakhstan Temir Zholy|ORG].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var proposal = Assert.Single(doc.Events, e => e.Trigger.Text == "proposed");
        Assert.DoesNotContain(proposal.Arguments, a => a.Role == "amount");
        // nor from a verb phrase after "and" (the meeting had the frontier's 24 kilometers)
        doc = EventTestSupport.Marked("[Emomali Rahmon|PERSON] and [Sadyr Japarov|PERSON] met in [Dushanbe|LOC] and instructed their governments to finalize the remaining [24 kilometers|QUANTITY] of the frontier.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text == "met").Arguments, a => a.Role == "amount");
        // nor from a subordinate clause with a verb of its own (the suspension had the killing's 80 people, the agreement
        // the launch's missiles)
        doc = EventTestSupport.Marked("[Gustavo Petro|PERSON] suspended peace talks with the [ELN|ORG] after the rebel group killed [80 people|QUANTITY].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text.StartsWith("suspended")).Arguments, a => a.Role == "amount");
        doc = EventTestSupport.Marked("[Lee Jae-myung|PERSON] and [Shigeru Ishiba|PERSON] agreed to deepen cooperation, days after [North Korea|LOC] fired two [ballistic missiles|WEAPON] into the sea.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text.StartsWith("agreed")).Arguments, a => a.Role == "instrument");
        Assert.Contains(Assert.Single(doc.Events, e => e.Trigger.Text == "fired").Arguments, a => a.Role == "instrument");
        // nor a weapon from a clause with its own subject before "and" (the strike had the rockets fired)
        doc = EventTestSupport.Marked("[Hezbollah|ORG] fired dozens of [rockets|WEAPON|rocket] at northern [Israel|LOC] and the [Israeli|NORP] military struck targets in southern [Lebanon|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text == "struck").Arguments, a => a.Role == "instrument");
        Assert.Contains(Assert.Single(doc.Events, e => e.Trigger.Text == "fired").Arguments, a => a.Role == "instrument");
        // nor across "and that", which opens a second reported clause (the downing had the strikes' 26 civilians)
        doc = EventTestSupport.Marked("[Pakistan|LOC] said the strikes killed [26 civilians|QUANTITY] and that its air force had shot down five [Indian|NORP] jets.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text == "shot down").Arguments, a => a.Role == "amount");
    }

    /// <summary>A weapon before a noun of its making or trade describes that noun and arms no one (it read the missile and
    /// the tank as instruments).</summary>
    [Theory]
    [InlineData("[Israel|LOC] struck [Iranian|NORP] air defenses, [missile|WEAPON] factories and nuclear sites.")]
    [InlineData("The [Sverdlovsk Regional Court|ORG] convicted [Evan Gershkovich|PERSON] of collecting information about a [tank|WEAPON] factory.")]
    public void A_weapon_naming_an_industry_is_no_instrument(string marked)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role == "instrument");
    }

    /// <summary>An "and" between two names joins a subject; it separates no clause (the signing was dated by a relative
    /// clause's "2021" over the sentence's "March 13").</summary>
    [Fact]
    public void An_and_between_names_does_not_keep_the_sentence_s_date_from_the_act()
    {
        var doc = EventTestSupport.Marked("On [March 13|DATE], [Kyrgyz|NORP] President [Sadyr Japarov|PERSON] and [Tajik|NORP] President [Emomali Rahmon|PERSON] signed a treaty in [Bishkek|LOC] delimiting the border, ending a dispute that led to deadly clashes in [2021|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var signed = Assert.Single(doc.Events, e => e.Trigger.Text == "signed");
        Assert.Equal("March 13", doc.EntityById(Assert.Single(signed.Arguments, a => a.Role == "time").Entity)!.Text);
    }

    [Fact]
    public void AnticipatedCooperationIsAgreeWithTheIntendedActionAsMode()
    {
        var doc = EventTestSupport.Marked("[Kazakhstan|LOC] looks to receive [attack helicopters|WEAPON] from the [United States|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("AGREE", EventTypes.Anticipated, "provide military aid"), (ev.Type, ev.Status, ev.Mode));
        Assert.Equal("attack helicopters", doc.EntityById(ev.Arguments.Single(a => a.Role == "instrument").Entity)!.Text);
    }

    [Fact]
    public void A_relative_clause_with_an_act_of_its_own_after_the_trigger_does_not_date_the_act()
    {
        // it read time=2021, the date of the killings
        var doc = EventTestSupport.Marked("[Pakistan|LOC] accuses the [Taliban|ORG] of sheltering fighters of the [TTP|ORG], which has killed hundreds of soldiers since [2021|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.DoesNotContain(ev.Arguments, a => a.Role == "time");
    }

    [Fact]
    public void A_relative_clause_s_date_is_not_the_main_clause_s_time()
    {
        // it read time=2021, the date of the outpost
        var doc = EventTestSupport.Marked("[China|LOC], which built a police outpost in [2021|DATE], has stepped up security cooperation with [Tajikistan|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(["actor:China", "recipient:Tajikistan"], ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
        // nor one of "whose" (it read time=last month)
        doc = EventTestSupport.Marked("[Rob Jetten|PERSON], whose party won the most seats in [last month|DATE]'s election, said he would ask [Willem-Alexander|PERSON] to appoint a mediator.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        ev = Assert.Single(doc.Events);
        Assert.Equal(["actor:Rob Jetten", "recipient:Willem-Alexander"], ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
        // nor one of "whom" (it read time=last year)
        doc = EventTestSupport.Marked("[Bassirou Diomaye Faye|PERSON], whom [ECOWAS|ORG] appointed as mediator [last year|DATE], met [Ibrahim Traore|PERSON] in [May|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        ev = Assert.Single(doc.Events);
        Assert.Equal(["actor:Bassirou Diomaye Faye", "recipient:Ibrahim Traore", "time:May"], ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
    }

    [Fact]
    public void A_past_form_after_a_phrase_set_off_after_the_subject_is_its_verb()
    {
        // "denied" read as a participle describing "businessman": no event
        var doc = EventTestSupport.Marked("[Ilan Shor|PERSON], a businessman who lives in [Moscow|LOC], denied organizing the payments.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("REJECT", "Ilan Shor"), (ev.Type, doc.EntityById(Assert.Single(ev.Arguments, a => a.Role == "actor").Entity)!.Text));
    }

    [Fact]
    public void A_noun_s_clause_without_that_dates_its_own_act_and_its_subject_is_not_the_noun_s_modifier()
    {
        // it read time=April
        var doc = EventTestSupport.Marked("[Moscow|LOC] was ready to remove the [Taliban|ORG] from its list, a step the [Russian Supreme Court|ORG] approved in [April|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var removal = Assert.Single(doc.Events, e => e.Trigger.Text.Contains("remove"));
        Assert.DoesNotContain(removal.Arguments, a => a.Role == "time");
        // it read the Cambodians capturing
        doc = EventTestSupport.Marked("[Thailand|LOC] will release 18 [Cambodian|NORP] soldiers it captured in [July|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var capture = Assert.Single(doc.Events, e => e.Trigger.Text == "captured");
        Assert.Equal("Thailand", doc.EntityById(Assert.Single(capture.Arguments, a => a.Role == "actor").Entity)!.Text);
    }

    [Fact]
    public void A_relative_clause_ending_in_a_date_before_the_subject_does_not_date_the_act()
    {
        // the comma between "2016" and "Uzbekistan" was read as a list's: time=2016
        var doc = EventTestSupport.Marked("Under [Islam Karimov|PERSON], who ruled the country until his death in [2016|DATE], [Uzbekistan|LOC] refused to join the [Eurasian Economic Union|ORG].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.DoesNotContain(ev.Arguments, a => a.Role == "time");
    }

    [Fact]
    public void A_limit_of_time_on_an_earlier_act_does_not_date_a_later_one()
    {
        // it read time=2028
        var doc = EventTestSupport.Marked("[Irakli Kobakhidze|PERSON] said [Thursday|DATE] that his government would not seek talks with the [European Union|ORG] until the end of [2028|DATE], accusing [Brussels|LOC] of blackmail.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events, e => e.Trigger.Text == "accusing");
        Assert.Equal("Thursday", doc.EntityById(Assert.Single(ev.Arguments, a => a.Role == "time").Entity)!.Text);
    }

    [Fact]
    public void A_state_s_start_in_a_relative_clause_does_not_date_the_act()
    {
        // it read time=2018, when the house arrest began
        var doc = EventTestSupport.Marked("President [Mohammed Shahabuddin|PERSON] ordered the release of [Khaleda Zia|PERSON], [Hasina|PERSON]'s longtime rival, who has been under house arrest since [2018|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(["actor:Mohammed Shahabuddin", "recipient:Khaleda Zia"], ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
    }

    [Theory]
    // it read time=August 2021, when the Taliban seized power
    [InlineData("[Ashgabat|LOC] has supplied electricity to [Afghanistan|LOC] since the [Taliban|ORG] seized power in [August 2021|DATE].", "supplied")]
    // past the subject's title (it read time=Nov. 28, when the talks were suspended)
    [InlineData("Thousands of [Georgians|NORP] have protested outside parliament every night since Prime Minister [Irakli Kobakhidze|PERSON] announced on [Nov. 28|DATE] that talks with the [European Union|ORG] would stop.", "protested")]
    // a phrase of an occasion dates the occasion, before the act (it read time=March 22, 2024) or after it (time=December)
    [InlineData("Following the attack on the concert hall near [Moscow|LOC] on [March 22, 2024|DATE], [Russian|NORP] police raided hostels of migrants from [Tajikistan|LOC].", "raided")]
    [InlineData("The new authorities in [Damascus|LOC] have sought help from [Turkey|LOC] to rebuild the grid after the fall of [Bashar al-Assad|PERSON] in [December|DATE].", "sought")]
    public void A_clause_or_phrase_of_time_dates_its_own_act(string marked, string trigger)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events, e => e.Trigger.Text == trigger);
        Assert.DoesNotContain(ev.Arguments, a => a.Role == "time");
    }

    /// <summary>Words that read as acts and describe: "armed" before a noun (it read Ruto arming Port-au-Prince), what a measure
    /// targets (it read the EU assaulting), a participle between a number and its noun in a headline (it read the troops
    /// kidnapping); the verb "armed" stays one.</summary>
    [Theory]
    [InlineData("[William Ruto|PERSON] offered to help the government fight armed gangs that control most of [Port-au-Prince|LOC].", "armed", false)]
    [InlineData("[European Union|ORG] foreign ministers adopted a 17th package of sanctions against [Russia|LOC] on [Tuesday|DATE], targeting nearly 200 tankers of the shadow fleet that [Moscow|LOC] uses to ship oil.", "targeting", false)]
    [InlineData("[Nigerian|NORP] Troops Free 37 Kidnapped Students in [Kaduna|LOC]", "Kidnapped", false)]
    [InlineData("[Turkmenistan|LOC] Frees Jailed Activist After International Pressure", "Jailed", false)]
    [InlineData("[Iran|LOC] armed the [Houthis|ORG] with missiles.", "armed", true)]
    public void Describing_participles_report_no_act(string marked, string trigger, bool isAct)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(isAct, doc.Events.Any(e => e.Trigger.Text.StartsWith(trigger, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_infinitive_or_a_relative_clause_after_the_act_has_places_of_its_own()
    {
        // it read location=Russia, where the activists live
        var frozen = EventTestSupport.Marked("The [Tajik|NORP] authorities have frozen the bank accounts of activists who live in [Russia|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(frozen);
        Assert.DoesNotContain(Assert.Single(frozen.Events).Arguments, a => a.Role == "location");
        // it read location=Jizzakh, where the plant would be built
        var doc = EventTestSupport.Marked("[Mikhail Mishustin|PERSON] arrived in [Tashkent|LOC] with a proposal to build a nuclear power plant in the [Jizzakh|LOC] region.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role == "location");
        // it read location=Pahalgam, where the attack the strikes answered was: a clause of time with an unnamed subject
        doc = EventTestSupport.Marked("[India|LOC] launched strikes on [Pakistan|LOC] after an attack in [Pahalgam|LOC] killed 26 people.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role == "location");
        // it read location=Taiwan, where the carrier sailed: so has one whose verb the dictionary lacks, after a weapon's name
        doc = EventTestSupport.Marked("[Japan|LOC] lodged a protest with [China|LOC] after a [Chinese|NORP] [aircraft carrier|WEAPON] sailed between two islands near [Taiwan|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role == "location");
        // one before the infinitive is the act's
        doc = EventTestSupport.Marked("[Vladimir Putin|PERSON] met [Kassym-Jomart Tokayev|PERSON] in [Astana|LOC] to discuss a plant in [Balkhash|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Contains(Assert.Single(doc.Events, e => e.Trigger.Text == "met").Arguments, a => a.Role == "location" && doc.EntityById(a.Entity)!.Text == "Astana");
    }

    /// <summary>News-event datasets code most protests by their protesters, whom no name covers: the event stands with no actor,
    /// where and when it was (there was none; "Tens of thousands of people marched" read a reduced relative after "of").</summary>
    [Fact]
    public void A_protest_by_a_crowd_no_name_covers_is_an_event_without_an_actor()
    {
        var doc = EventTestSupport.Marked("Tens of thousands of people marched through [Belgrade|LOC] on [Saturday|DATE] to mourn those killed when a canopy "
                                          + "in [Novi Sad|LOC] that killed [15 people|QUANTITY] collapsed.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var march = Assert.Single(doc.Events);
        Assert.Equal(("PROTEST", "marched"), (march.Type, march.Trigger.Text));
        Assert.Equal(["location:Belgrade", "time:Saturday"], march.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
        foreach (var (text, protests) in new[]
                 {
                     ("Hundreds of farmers demonstrated in [Brussels|LOC] against the trade deal.", true),
                     ("On [Sunday|DATE], thousands of people marched through [Belgrade|LOC].", true),
                     ("Protesters in [Tbilisi|LOC] marched to parliament.", true),
                     // (people prompted to act do it, whoever prompted them: it read the European Union rallying, as planned)
                     ("[Georgia|LOC] would suspend talks with the [European Union|ORG], prompting thousands of protesters to rally outside parliament.", true),
                     // (a crowd that blocks a way obstructs it, past a relative clause on it: there was no event)
                     ("Students, who have led the protests for months, blocked major intersections in [Belgrade|LOC].", true),
                     // (a crowd that is an object does what a relative clause on it tells: session 47; it had no event)
                     ("Police dispersed protesters who marched on the palace.", true),
                     // an unnamed body is no crowd, and a crowd that is an object does nothing of its own
                     ("The ministry protested in [Kabul|LOC].", false),
                     ("The government blocked major intersections in [Belgrade|LOC].", false),
                     ("Police dispersed protesters on the palace square.", false),
                 })
        {
            doc = EventTestSupport.Marked(text);
            new EventStage(EventTestSupport.Lexicon).Process(doc);
            Assert.True(protests == doc.Events.Any(e => e.Type == "PROTEST" && !e.Arguments.Any(a => a.Role == "actor")), text);
        }
    }

    /// <summary>PLOVER's COERCE has a mode "cyber" (hacking, security breaches) that no CAMEO code gives.</summary>
    [Fact]
    public void An_attack_on_computer_systems_is_coercion_of_mode_cyber()
    {
        var doc = EventTestSupport.Marked("[Russian|NORP] military intelligence hacked the computer systems of the [German|NORP] parliament.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(("COERCE", "cyber"), (Assert.Single(doc.Events).Type, doc.Events[0].Mode));
    }

    /// <summary>PLOVER's ASSAULT mode "targeted" takes in executions, which CAMEO has no code for.</summary>
    [Fact]
    public void An_execution_is_an_assault_of_mode_targeted()
    {
        var doc = EventTestSupport.Marked("[Iraq|LOC] executed 11 people convicted of terrorism.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(("ASSAULT", "targeted"), (Assert.Single(doc.Events).Type, doc.Events[0].Mode));
    }

    [Fact]
    public void A_person_s_appositive_holds_no_place_or_time_of_the_act()
    {
        // it read location=Berlin, time=2019: the murder's
        var doc = EventTestSupport.Marked("[Germany|LOC] released [Vadim Krasikov|PERSON], an [FSB|ORG] officer serving a life sentence for murdering an exile in a [Berlin|LOC] park in [2019|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role is "location" or "time");
        // once the appositive is closed, the place and the time are the act's
        doc = EventTestSupport.Marked("[Germany|LOC] released [Vadim Krasikov|PERSON], an [FSB|ORG] officer, in [Ankara|LOC] on [Thursday|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var released = Assert.Single(doc.Events);
        Assert.Contains(released.Arguments, a => a.Role == "location" && doc.EntityById(a.Entity)!.Text == "Ankara");
        Assert.Contains(released.Arguments, a => a.Role == "time" && doc.EntityById(a.Entity)!.Text == "Thursday");
    }

    [Fact]
    public void A_clause_of_where_after_the_act_dates_what_happened_there()
    {
        // it read time=last month, when the clashes were
        var doc = EventTestSupport.Marked("[Aleksandar Vucic|PERSON] accused [Kurti|PERSON] of provoking violence in northern [Kosovo|LOC], where ethnic Serbs clashed with peacekeepers [last month|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events, e => e.Trigger.Text == "accused").Arguments, a => a.Role == "time");
    }

    [Fact]
    public void A_clause_of_after_with_a_noun_phrase_for_its_subject_has_its_own_time_and_weapons()
    {
        // it read time=Wednesday and instrument=landmine, the blast's
        var doc = EventTestSupport.Marked("[Thailand|LOC] recalled its ambassador from [Phnom Penh|LOC] after a [Thai|NORP] soldier lost a leg in a [landmine|WEAPON] blast on [Wednesday|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.DoesNotContain(Assert.Single(doc.Events).Arguments, a => a.Role is "time" or "instrument");
    }

    [Fact]
    public void A_date_that_possesses_the_act_s_noun_is_its_time()
    {
        // it read time=Wednesday, the detention's
        var doc = EventTestSupport.Marked("[Armenian|NORP] security forces detained [Bagrat Galstanyan|PERSON], a leader of [last year|DATE]'s anti-government protests, on [Wednesday|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var protests = Assert.Single(doc.Events, e => e.Trigger.Text == "protests");
        Assert.Equal("last year", doc.EntityById(Assert.Single(protests.Arguments, a => a.Role == "time").Entity)!.Text);
    }

    [Fact]
    public void A_relative_clause_on_a_party_does_not_date_the_act()
    {
        // it read time=June 2022, the date of Moldova's candidate status
        var doc = EventTestSupport.Marked("The [European Union|ORG] has pledged support to [Moldova|LOC], which was granted candidate status in [June 2022|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(["actor:European Union", "recipient:Moldova"], ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
        // an act inside the relative clause is dated by it
        doc = EventTestSupport.Marked("The [RSF|ORG] was accused by the [United States|LOC], which imposed sanctions on [Dagalo|PERSON] in [January|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var sanction = Assert.Single(doc.Events, e => e.Trigger.Text == "imposed sanctions");
        Assert.Contains(sanction.Arguments, a => a.Role == "time" && doc.EntityById(a.Entity)!.Text == "January");
    }

    [Fact]
    public void CapitalStandingForItsStateGivesActorCountryAndContextArguments()
    {
        var doc = EventTestSupport.Marked("[Moscow|LOC] accused [Kyiv|LOC] on [March 3|DATE] of shelling civilians in [Donetsk|LOC].");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = doc.Events.Single(e => e.Type == "ACCUSE");
        Assert.Equal("Russia", ev.ActorCountry);
        Assert.Equal(["actor:Moscow", "recipient:Kyiv", "location:Donetsk", "time:March 3"],
            ev.Arguments.Select(a => a.Role + ":" + doc.EntityById(a.Entity)!.Text));
        Assert.InRange(ev.Confidence, 0.0, 1.0);
        Assert.Equal(EventStage.StageName, ev.Source);
        Assert.Equal("E1", doc.Events[0].Id);
    }

    [Fact]
    public void A_capitalised_word_inside_an_untagged_name_is_no_trigger()
    {
        // it read CONCEDE 'Free' actor=Kyrgyz recipient=Europe; in a headline capitals say nothing, so there it may be one
        Assert.DoesNotContain(Events("[Kyrgyz|NORP] authorities blocked the site of Radio Free [Europe|LOC] in [2022|DATE]."), e => e.Contains("'Free'"));
        Assert.Contains(Events("[Kyrgyzstan|LOC] Blocks Site After [Tajikistan|LOC] Clash"), e => e.Contains("'Blocks'"));
    }

    [Theory]
    // the request is for what the asking clause names, not what the thanks were for
    [InlineData("[Volodymyr Zelensky|PERSON] thanked [Germany|LOC] for a [air defense system|WEAPON] and asked [Berlin|LOC] to send Taurus [cruise missiles|WEAPON].",
                "REQUEST", "instrument", "cruise missiles")]
    // an inline citation's date dates the report, not the event
    [InlineData("[Azerbaijan|LOC] attacked [Armenian|NORP] posts ([Armenpress|ORG], [February 13|DATE]).", "ASSAULT", "time", "-")]
    [InlineData("[Azerbaijan|LOC] attacked [Armenian|NORP] posts on [Tuesday|DATE] ([Armenpress|ORG], [February 13|DATE]).", "ASSAULT", "time", "Tuesday")]
    // ", and" + another clause ends the event's own (it took the second clause's rocket and Pakistan)
    [InlineData("[Suren Papikyan|PERSON] signed a contract with [France|LOC] for radars, and in [2024|DATE] [India|LOC] delivered [rocket|WEAPON] systems.",
                "COOPERATE", "instrument", "-")]
    [InlineData("[Uzbekistan|LOC] signed agreements with the [Taliban|ORG], and a railway would link [Termez|LOC] to [Peshawar|LOC] in [Pakistan|LOC].",
                "SUPPORT", "location", "-")]
    // a participle's clause has places of its own (it read location=Nagorno-Karabakh)
    [InlineData("[Nikol Pashinyan|PERSON] and [Ilham Aliyev|PERSON] signed an agreement on [Friday|DATE], ending decades of conflict over the [Nagorno-Karabakh|LOC] region.",
                "SUPPORT", "location", "-")]
    // after "over" a place describing the noun after it is the topic (it read location=Taiwan)
    [InlineData("[China|LOC] imposed sanctions on [Lockheed Martin|ORG] over [Taiwan|LOC] arms sales.", "COERCE", "location", "-")]
    // a clause of ", as" has places of its own (it read location=Yekaterinburg)
    [InlineData("[Azerbaijani|NORP] police detained two employees of [Sputnik Azerbaijan|ORG], as relations soured after deaths in [Yekaterinburg|LOC].",
                "COERCE", "location", "-")]
    // a relative clause after the trigger has its own amount, whatever it describes (it read amount=38 people)
    [InlineData("[Ilham Aliyev|PERSON] demanded that [Russia|LOC] admit responsibility for the crash in [December|DATE], which killed [38 people|QUANTITY].",
                "REQUEST", "amount", "-")]
    // a clause coordinated after the event's has its own time (it read time=May)
    [InlineData("[Rosoboronexport|ORG] has sold [Su-30 fighter jets|WEAPON] to [Vientiane|LOC], and its director general, [Alexander Mikheev|PERSON], said in [May|DATE] that orders had doubled.",
                "COOPERATE", "time", "-")]
    // a participle describing a noun, another act's verb and a verb phrase after "and" have places of their own (it read
    // location=El Salvador, location=Tbilisi) …
    [InlineData("[Venezuela|LOC] released ten [U.S.|LOC] citizens in exchange for migrants deported by [Washington|LOC] to a prison in [El Salvador|LOC].",
                "RETREAT", "location", "-")]
    [InlineData("[Viktor Orban|PERSON] congratulated [Georgian Dream|ORG] on its victory and arrived in [Tbilisi|LOC] on [Monday|DATE].",
                "SUPPORT", "location", "-")]
    // … but a participle after a comma that is an act goes on with the same one
    [InlineData("The [RSF|ORG] shelled [El Fasher|LOC], killing 40 people at the [Abu Shouk|LOC] camp.", "ASSAULT", "location", "Abu Shouk")]
    // a second reported clause after ", and that" is not dated by the first (it read time=last year)
    [InlineData("[Putin|PERSON] said trade had reached $245 billion [last year|DATE], a record, and that [Russia|LOC] was ready to supply more oil to [China|LOC].",
                "AGREE", "time", "-")]
    // a clause of "where" has its own amount (it read amount=$12 billion for the hosting)
    [InlineData("[Shavkat Mirziyoyev|PERSON] hosted a delegation from the [United Arab Emirates|LOC] in [Tashkent|LOC], where the two sides signed agreements worth [$12 billion|MONEY].",
                "CONSULT", "amount", "-")]
    // a weapon before another act's noun arms that act (it read instrument=missile for the ceasefire)
    [InlineData("[India|LOC] and [Pakistan|LOC] agreed to a ceasefire on [Saturday|DATE] after four days of [missile|WEAPON] and [drone|WEAPON] strikes.",
                "AGREE", "instrument", "-")]
    // a year describing the verb's object dates the object (it read time=2022 once the year was tagged); after a
    // preposition it dates the act
    [InlineData("[Bolsonaro|PERSON] was sentenced on [Thursday|DATE] for plotting a coup to overturn his [2022|DATE] election defeat to [Lula|PERSON].",
                "COERCE", "time", "Thursday")]
    [InlineData("[Goita|PERSON] seized power in a [2020|DATE] coup.", "ASSAULT", "time", "2020")]
    // a date in a relative clause after the trigger dates what the clause describes (it read time=1990)
    [InlineData("[Baku|LOC] insists that [Armenia|LOC] amend its constitution, which refers to the [1990|DATE] declaration of independence.",
                "REQUEST", "time", "-")]
    // nor does a place past a reporting clause (it read location=Istanbul)
    [InlineData("[Russia|LOC] and [Ukraine|LOC] exchanged 1,000 prisoners each on [Sunday|DATE], officials on both sides said, after talks in [Istanbul|LOC] last week.",
                "RETREAT", "location", "-")]
    // a restrictive clause of "who" on the object dates its own act (it read time=June, the date of the detention)
    [InlineData("An [Azerbaijani|NORP] court released [Igor Kartavykh|PERSON], an executive of [Sputnik Azerbaijan|ORG] who had been detained in [June|DATE].",
                "RETREAT", "time", "-")]
    // a place after a settlement's noun and "of" that a preposition of place governs is where (it read recipient=Maroua)
    [InlineData("[Biya|PERSON] held a single rally in the northern city of [Maroua|LOC].", "PROTEST", "location", "Maroua")]
    // a noun summing up the act and its relative clause have places of their own (it read location=Germany)
    [InlineData("[Beijing|LOC] barred [Nexperia|ORG] from exporting chips, a move that alarmed carmakers in [Germany|LOC].", "SANCTION", "location", "-")]
    // a dateline's date is the report's, not the act's (it read time=June 25 once the wires' dates were tagged)
    [InlineData("NAIROBI, [June 25|DATE] ([Reuters|ORG]) - [Kenyan|NORP] police fired tear gas and water cannon at thousands of protesters in [Nairobi|LOC] and four other towns across the country on [Wednesday|DATE].",
                "ASSAULT", "time", "Wednesday")]
    // a clause of time has places of its own (it read location=Kuala Lumpur)
    [InlineData("[Thai|NORP] and [Cambodian|NORP] troops exchanged fire on [Wednesday|DATE], days after [Bangkok|LOC] suspended a declaration signed in [Kuala Lumpur|LOC].",
                "ASSAULT", "location", "-")]
    // an act told in the present in a relative clause is not dated by the clause it describes a name of (it read time=October 11)
    [InlineData("Clashes erupted on [October 11|DATE] after strikes on leaders of the [TTP|ORG], which [Islamabad|LOC] accuses [Kabul|LOC] of sheltering.",
                "ACCUSE", "time", "-")]
    // the date of a clause after ", but" is its own (the request took the later date)
    [InlineData("[Rakhmonov|PERSON] has asked [Russia|LOC] to extradite [Iskandarov|PERSON], but the [Russian Prosecutor-General's Office|ORG] said on [March 28|DATE] that it had refused the request.",
                "REQUEST", "time", "-")]
    // a named event is the act's name only next to its trigger (it read the March revolution as the criticism's name)
    [InlineData("[Tekebayev|PERSON] has criticized [Bakiyev|PERSON] for failing to carry out reforms promised after the [March revolution|EVENT].",
                "ACCUSE", "name", "-")]
    [InlineData("[Akayev|PERSON] praised the [CSTO|ORG|Collective Security Treaty Organization]'s [Rubezh-2004|EVENT] military exercises.", "COOPERATE", "name", "Rubezh-2004")]
    // a relative clause holds the commas of a list of names (it dated the pledge by the clause, and gave the clause's act
    // the pledge's amount)
    [InlineData("[Mirziyoyev|PERSON] pledged to invest [$500 million|MONEY] in the plant, which [Kyrgyzstan|LOC], [Kazakhstan|LOC] and [Uzbekistan|LOC] agreed to build in [January|DATE].",
                "AGREE", "time", "-")]
    // a year after "of" and an article describes its noun, however far from the trigger (it dated the accusation 1915)
    [InlineData("The [Armenian Revolutionary Federation|ORG] accused [Serzh Sargsyan|PERSON] of abandoning the campaign for recognition of the [1915|DATE] genocide.",
                "ACCUSE", "time", "-")]
    // a relative clause with a party as its own subject dates its own act (it dated the opening of the border 1993)
    [InlineData("[Armenia|LOC] and [Turkey|LOC] agreed to open their border, which [Ankara|LOC] closed in [1993|DATE].", "AGREE", "time", "-")]
    // a clause of "where" or "as" whose verb comes after the amount or the weapon holds them (the request had the dead as its
    // amount, the strike the carrier that arrived as its weapon)
    [InlineData("[Otunbayeva|PERSON] asked [Russia|LOC] to send troops to [Osh|LOC], where at least [100 people|QUANTITY] had been killed.", "REQUEST", "amount", "-")]
    [InlineData("[Venezuela|LOC] condemned a [U.S.|LOC] strike on a boat, as the [aircraft carrier|WEAPON] arrived in the [Caribbean|LOC].", "ACCUSE", "instrument", "-")]
    // a weapon destroyed or shot down is the target, no instrument (it took the boats); one that strikes still is
    [InlineData("[American|NORP] forces destroyed two [Houthi|NORP] [drone boats|WEAPON].", "ASSAULT", "instrument", "-")]
    [InlineData("A [Turkish|NORP] [F-16|WEAPON] shot down a [Russian|NORP] [Su-24 bomber|WEAPON] near the border.", "ASSAULT", "instrument", "F-16")]
    // a semicolon ends what a time may cross (it dated the accusation January)
    [InlineData("The group has been accused by the [United States|LOC] of committing genocide; [Washington|LOC] imposed sanctions on [Dagalo|PERSON] in [January|DATE].", "ACCUSE", "time", "-")]
    // an act in a relative clause takes no time from the clause after it (it dated the mediation Sunday)
    [InlineData("[Oman|LOC], which had mediated talks between [Washington|LOC] and [Tehran|LOC], said the round planned for [Sunday|DATE] had been cancelled.", "CONSULT", "time", "-")]
    // a date after "since" and a participle describing a noun dates that state (it dated the agreement 2021)
    [InlineData("[Japarov|PERSON] and [Rahmon|PERSON] agreed to reopen border crossings closed since [2021|DATE].", "AGREE", "time", "-")]
    // a noun's clause without "that" dates its own act (it dated the release July)
    [InlineData("[Thailand|LOC] will release 18 [Cambodian|NORP] soldiers it captured in [July|DATE].", "AGREE", "time", "-")]
    // a protest is armed with nothing (it took the howitzers sold)
    [InlineData("[France|LOC] agreed to sell [Armenia|LOC] [Caesar howitzers|WEAPON], prompting a protest from [Baku|LOC].", "ACCUSE", "instrument", "-")]
    // nor a noun's relative clause of "that" (the recapture counted the displaced)
    [InlineData("[Sudan|LOC]'s army said it had recaptured the palace from the [Rapid Support Forces|ORG], two years into a war that has displaced [12 million people|QUANTITY].",
                "COERCE", "amount", "-")]
    [InlineData("[China|LOC] sanctioned [U.S.|LOC|United States] firms after [American|NORP] [warships|WEAPON|warship] sailed near [Taiwan|LOC].", "COERCE", "location", "-")]
    // nor has an act a weapon of its occasion's phrase (it took the incursion's drone)
    [InlineData("[Poland|LOC] closed its border crossing with [Belarus|LOC] after a [drone|WEAPON] incursion.", "SANCTION", "instrument", "-")]
    // nor has a participle on the people before it the time of the clause it stands in (the killing took the burial's Monday)
    [InlineData("Civilians killed by [Russian|NORP] forces were buried on [Monday|DATE].", "ASSAULT", "time", "-")]
    // nor a time of a clause a verb of saying after "but" reports (the welcome took the referendum's 2027)
    [InlineData("[Nikol Pashinyan|PERSON] welcomed the agreement but said his government would not hold a referendum before [2027|DATE].", "SUPPORT", "time", "-")]
    // nor a place of a second reported clause after "and that" (the strike took the interception's Belgorod)
    [InlineData("[Russia|LOC]'s defence ministry said its forces had struck military airfields and that air defences had intercepted 18 [Ukrainian|NORP] [drones|WEAPON|drone] over the [Belgorod|LOC] region.",
        "ASSAULT", "location", "-")]
    // an act in a relative clause has no place past the clause (it took the house arrest's Brasilia)
    [InlineData("[Jair Bolsonaro|PERSON], who denies wrongdoing, is under house arrest in [Brasilia|LOC].", "REJECT", "location", "-")]
    // nor a time from a relative clause in a perfect on a party after it (the request took the flight's August)
    [InlineData("[Muhammad Yunus|PERSON] asked [Narendra Modi|PERSON] to extradite [Hasina|PERSON], who has lived in [India|LOC] since fleeing [Dhaka|LOC] in [August|DATE].",
        "REQUEST", "time", "-")]
    // nor has a meeting an amount, where what it settled has one (the talks took the aid's $500 million)
    [InlineData("[Japan|LOC] will provide [$500 million|MONEY] in aid to [Ukraine|LOC], [Shigeru Ishiba|PERSON] told [Denys Shmyhal|PERSON] during talks in [Tokyo|LOC].",
                "CONSULT", "amount", "-")]
    // nor is a meeting to come, coded as an intent (it took the systems to be discussed)
    [InlineData("[Zelenskiy|PERSON] was due to meet [Mark Rutte|PERSON] to discuss [Patriot air defence systems|WEAPON].", "AGREE", "instrument", "-")]
    // a clause after ", and" with its own subject has its own time (it took "last year"); a shared subject keeps the first's
    [InlineData("[Dushanbe|LOC] said trade had doubled [last year|DATE], and [Tajikistan|LOC] has agreed to supply electricity to [Afghanistan|LOC].", "AGREE", "time", "-")]
    [InlineData("[Georgian|NORP] police stormed the office in [Tbilisi|LOC] on [February 23|DATE], and detained [Nika Melia|PERSON].", "COERCE", "time", "February 23")]
    // a clause of "after" has its own time (it dated the talks Sunday)
    [InlineData("[Russia|LOC] and [Ukraine|LOC] exchanged prisoners on [Sunday|DATE], days after their delegations held talks in [Istanbul|LOC].", "CONSULT", "time", "-")]
    // a clause of "since" with its own subject after the act has its own time (it dated the accusation "last year")
    [InlineData("[Eritrea|LOC] has accused [Ethiopia|LOC] of threatening its sovereignty since [Abiy|PERSON] said [last year|DATE] that it needed a port.", "ACCUSE", "time", "-")]
    // a year between a possessive and a noun dates that noun only (it dated the condemnation 1951)
    [InlineData("[MaryKay Carlson|PERSON] condemned [China|LOC]'s actions under their [1951|DATE] mutual defense treaty.", "ACCUSE", "time", "-")]
    // a place after a title and "in" is the official's post (it placed the protest in Osaka)
    [InlineData("[Tokyo|LOC] had lodged a protest over a post by [China|LOC]'s consul general in [Osaka|LOC], [Xue Jian|PERSON].", "ACCUSE", "location", "-")]
    // a participle of aim sets the time of what is aimed at (it dated the talks March 2026); a date in an aside on the subject
    // dates the description (it dated the complaint 2015)
    [InlineData("[Uzbekistan|LOC] has accelerated its talks with the [World Trade Organization|ORG], aiming to complete accession in [March 2026|DATE].", "CONSULT", "time", "-")]
    [InlineData("[Kazakhstan|LOC], a WTO member since [2015|DATE], has complained that [Uzbek|NORP] producers dump cement on its market.", "ACCUSE", "time", "-")]
    // a time still to come after an infinitive past the act's words is the infinitive's (it dated the request next year)
    [InlineData("The [Council|ORG] asked the [Organization of American States|ORG] to help organize elections [next year|DATE].", "REQUEST", "time", "-")]
    // an amount before the relative pronoun of the act's own clause is no part of it (it counted 26 men blamed)
    [InlineData("Militants killed [26 men|QUANTITY] in an attack that [New Delhi|LOC] blamed on [Islamabad|LOC].", "ACCUSE", "amount", "-")]
    // a participle citing a reason says, does not do (it counted the debt stopped)
    [InlineData("[Gazprom|ORG] stopped supplying gas to [Moldova|LOC], citing unpaid debts of [$709 million|MONEY].", "SANCTION", "amount", "-")]
    // a date after "since" that measures a first time describes that noun (it dated the meeting 2022)
    [InlineData("[Russian|NORP] and [Ukrainian|NORP] delegations met for their first direct peace talks since [2022|DATE].", "CONSULT", "time", "-")]
    // a date after a participle describing the verb's object dates that object (it dated the appeal 2021)
    [InlineData("[Jan Braathu|PERSON] urged [Bishkek|LOC] to repeal the law on \"false information\" adopted in [2021|DATE].", "REQUEST", "time", "-")]
    // a title's clause of "after" with its noun and verb in the present has its own amount (it counted the soldiers blamed)
    [InlineData("[Pakistan|LOC] blames [Taliban|ORG] after attack kills [16 soldiers|QUANTITY]\n\nMilitants attacked a checkpoint.", "ACCUSE", "amount", "-")]
    // a phrase of motive has its own place and time (they placed and dated the rockets by the killing they answered)
    [InlineData("[Hezbollah|ORG] launched rockets at an [Israeli|NORP] base in response to the killing of one of its fighters in [Tyre|LOC] [last week|DATE].", "ASSAULT", "location", "-")]
    [InlineData("[Hezbollah|ORG] launched rockets at an [Israeli|NORP] base in response to the killing of one of its fighters in [Tyre|LOC] [last week|DATE].", "ASSAULT", "time", "-")]
    // a charge's gerund and a participle of speech have places of their own (they placed the accusation and the expulsion in Georgia)
    [InlineData("[Tbilisi|LOC] expelled the [British|NORP] ambassador's deputy, accusing [London|LOC] of interfering in [Georgia|LOC]'s internal affairs.", "SANCTION", "location", "-")]
    [InlineData("[Tbilisi|LOC] expelled the [British|NORP] ambassador's deputy, accusing [London|LOC] of interfering in [Georgia|LOC]'s internal affairs.", "ACCUSE", "location", "-")]
    // a clause of "as" with names and a verb in the present is another's, whose weapon is not the act's (it armed the drills with
    // the missile)
    [InlineData("[North Korea|LOC] fires [ballistic missile|WEAPON] as [Seoul|LOC] and [Washington|LOC] begin drills\n\n[North Korea|LOC] fired a missile.", "MOBILIZE", "instrument", "-")]
    // a year between a possessive and a name's words dates that name (it dated the condemnation 1951)
    [InlineData("The [United States|LOC] condemned [China|LOC]'s actions under their [1951|DATE] Mutual Defense Treaty.", "ACCUSE", "time", "-")]
    // a sum between a preposition's article and a noun measures that noun (it was the sentence's amount); the verb's object's is
    // the act's
    [InlineData("A court in [Vietnam|LOC] sentenced [Truong My Lan|PERSON] to death for her role in a [$12.5 billion|MONEY] fraud case.", "COERCE", "amount", "-")]
    [InlineData("[Russia|LOC] signed a [$5 billion|MONEY] deal with [China|LOC].", "AGREE", "amount", "$5 billion")]
    // a count after "of" after a noun of what is done to people counts that noun's victims (it was the resignation's amount)
    [InlineData("[Milos Vucevic|PERSON] resigned on [Tuesday|DATE], following months of protests over the deaths of [15 people|QUANTITY].", "RETREAT", "amount", "-")]
    [InlineData("[Kenya|LOC]'s [High Court|ORG] ordered the release of [119 protesters|QUANTITY].", "RETREAT", "amount", "119 protesters")]
    // a relative clause of "that" on an act's noun has its own time (it dated the strike), which is that act's
    [InlineData("[India|LOC] struck camps used to plan an attack that killed 26 tourists [last month|DATE].", "ASSAULT", "time", "-")]
    [InlineData("[Russia|LOC]'s attack that killed [40 people|QUANTITY] in [Kyiv|LOC] [last week|DATE] drew condemnation.", "ASSAULT", "time", "last week")]
    // weapons destroyed past a count and their people's name are the target, no instrument (bombers armed the destruction)
    [InlineData("The [SBU|ORG] said it had destroyed dozens of [Russian|NORP] strategic [bombers|WEAPON|bomber].", "ASSAULT", "instrument", "-")]
    // a relative clause opened by a preposition and "which" has its own time (it dated the signing)
    [InlineData("[Ethiopia|LOC] and [Somalia|LOC] signed a declaration in which they pledged to begin talks by [February|DATE].", "SUPPORT", "time", "-")]
    [InlineData("[Ethiopia|LOC] and [Somalia|LOC] signed a declaration on [Wednesday|DATE] in which they pledged to begin talks.", "SUPPORT", "time", "Wednesday")]
    // a place hyphened to a lower-case word describes the noun after it, no place of the act (it was the location)
    [InlineData("[Armenia|LOC] froze its participation in the [Russia|LOC]-led [Collective Security Treaty Organization|ORG] on Friday.", "SANCTION", "location", "-")]
    [InlineData("[Armenia|LOC] froze its participation in the [Moscow|LOC]-based [CSTO|ORG] at a summit in [Minsk|LOC] on Friday.", "SANCTION", "location", "Minsk")]
    public void ContextArgumentsComeFromTheEventsOwnClauseAndNotFromCitations(string marked, string type, string role, string expected)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var ev = doc.Events.First(e => e.Type == type);
        Assert.Equal(expected, ev.Arguments.FirstOrDefault(a => a.Role == role) is { } a ? doc.EntityById(a.Entity)!.Text : "-");
    }

    /// <summary>The mode the sentence gives: of two dictionary patterns as long, the one naming the subject's arms (it read the
    /// target's "strike positions", small arms), an act's word before a weapon's name only describing it (it read a second
    /// attack, "shell"); a dispute resolved with no parties named after it is the resolvers' own, settled (it read the
    /// dictionary's mediation), one between others mediated; to disarm with no object is to lay down one's own arms (it read
    /// the dictionary's defeat of an enemy).</summary>
    [Theory]
    [InlineData("[Hamas|ORG] has not agreed to disarm.", "disarm")]
    [InlineData("[Israeli|NORP] [warplanes|WEAPON] struck [Hezbollah|ORG] positions in southern [Lebanon|LOC].", "heavy-weapons")]
    [InlineData("[Israeli|NORP] [tanks|WEAPON] fired four shell [bombs|WEAPON] at targets in [Jericho|LOC].", "heavy-weapons")]
    [InlineData("[Ethiopia|LOC] and [Somalia|LOC] agreed to resolve a year-long dispute over the base.", "settle dispute")]
    [InlineData("[Turkey|LOC] offered to resolve the dispute between [Ethiopia|LOC] and [Somalia|LOC].", "engage in mediation")]
    // aid pledged is the intent to give it (it read the intent to cooperate); calm agreed the intent to de-escalate
    [InlineData("The [United States|LOC] pledged [$1.5 million|MONEY] in emergency aid to [Zambia|LOC].", "provide material aid")]
    [InlineData("[Iran|LOC] and [Pakistan|LOC] agreed to de-escalate.", "de-escalate military engagement")]
    // to ask that fighting end is to ask for de-escalation (it read a meeting asked for, or a threat off "demand … attack"); a
    // summit called is a meeting convened (it read a telephone call)
    [InlineData("[Turkey|LOC] called for a halt to attacks on civilians.", "yield")]
    [InlineData("[Kenya|LOC] demanded an end to the attacks.", "yield")]
    [InlineData("[William Ruto|PERSON] called an emergency summit of [East African|NORP] leaders.", "meet or negotiate")]
    // an envoy expelled is PLOVER's SANCTION "expel", apart from deportations (it read COERCE "deport", or "withdraw")
    [InlineData("[Somalia|LOC] expelled [Ethiopia|LOC]'s ambassador.", "expel")]
    [InlineData("[Switzerland|LOC] expelled two [Russian|NORP] diplomats.", "expel")]
    // protesters who gather rally (it read "consult")
    [InlineData("[Azerbaijani|NORP] protesters gathered outside the [Iranian|NORP] embassy.", "demo")]
    // hackers who breach anything attack computer systems (it read a breach of norms, "yield")
    [InlineData("[Chinese|NORP] hackers breached [U.S.|LOC|United States] telecoms\n\nIt rained.", "cyber")]
    // a crowd storming a place riots (it read military force); troops who arrest people arrest them (it read the dictionary's
    // "&MILITARY seize", territory occupied), while troops who seize a town occupy it
    [InlineData("Thousands of protesters stormed [Kenya|LOC]'s parliament.", "riot")]
    [InlineData("[Nigerian|NORP] troops arrested three suspects.", "arrest")]
    [InlineData("[Russian|NORP] troops seized the town of [Avdiivka|LOC].", "seize")]
    public void The_sentence_gives_the_mode(string marked, string mode)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(mode, Assert.Single(doc.Events).Mode);
    }

    /// <summary>"it" after a people's name before a body stands for that body, whose actor is the people (it read the
    /// place of the sentence before); a verb's base form before a title in lower case describes the title ("press secretary").</summary>
    [Fact]
    public void ItStandsForABodyNamedByItsPeopleAndAVerbBeforeATitleIsNoAct()
    {
        // a place's relative clause has parties of its own (it read Apple as the one threatened)
        var where = EventTestSupport.Marked("[Donald Trump|PERSON] threatened tariffs on goods made in [China|LOC], where [Apple|ORG] assembles its phones.");
        new EventStage(EventTestSupport.Lexicon).Process(where);
        Assert.DoesNotContain(where.Events, e => e.Arguments.Any(a => where.EntityById(a.Entity)!.Text == "Apple"));
        var doc = EventTestSupport.Marked("[Omar Abdullah|PERSON] of [Jammu and Kashmir|LOC] said the truce had failed. "
                                          + "The [Pakistani|NORP] military said it had fired on [Indian|NORP] positions.");
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        var fired = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Pakistani", doc.EntityById(fired.Arguments.First(a => a.Role == "actor").Entity)!.Text);
        var press = EventTestSupport.Marked("[White House|ORG] press secretary [Karine Jean-Pierre|PERSON] spoke on [Monday|DATE].");
        new EventStage(EventTestSupport.Lexicon).Process(press);
        Assert.Empty(press.Events);
    }

    /// <summary>A measure whose lifting or suspension is named did not take place (it was asserted).</summary>
    [Theory]
    [InlineData("[Minsk|LOC] sought the lifting of [U.S.|LOC] sanctions on [Belaruskali|ORG].", "COERCE")]
    public void An_act_whose_ending_is_named_is_negated(string marked, string type)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(EventTypes.Negated, doc.Events.Single(e => e.Type == type).Status);
    }

    /// <summary>An indefinite act's noun that is the subject of a modal is supposed (it was asserted); a definite one is told.</summary>
    [Theory]
    [InlineData("[Takaichi|PERSON] said that a [Chinese|NORP] attack on [Taiwan|LOC] could threaten [Japan|LOC].", "hypothetical")]
    [InlineData("[Takaichi|PERSON] said that the [Chinese|NORP] attack on [Taiwan|LOC] had shocked [Japan|LOC].", "asserted")]
    public void An_indefinite_act_before_a_modal_is_supposed(string marked, string status)
    {
        var doc = EventTestSupport.Marked(marked);
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        Assert.Equal(status, doc.Events.Single(e => e.Type == "ASSAULT").Status);
    }

    [Fact]
    public void LexiconMapsCameoCodesThroughCameoToPlover()
    {
        var lexicon = EventTestSupport.Lexicon;
        string? TypeOf(string verb) => lexicon.Code(lexicon.Verb(lexicon.VerbLemma(verb)!)!.Code)?.Type;
        Assert.Equal("REJECT", TypeOf("resisted"));   // block without a code takes the verb named by "120: Reject"
        Assert.Equal("CONSULT", TypeOf("visited"));
        Assert.Equal("ACCUSE", TypeOf("accuses"));
        Assert.Equal("REQUEST", TypeOf("hoping"));    // 02x APPEAL maps like 10x; "hoping" is "hope", not "hop"
        Assert.Null(TypeOf("said"));                  // 01x statements are dropped by PLOVER
        Assert.Equal("Russia", lexicon.CountryOfCapital("Moscow"));
    }
}
