"""Stance claims (analysis.extract.relations): who supports / opposes whom.

Sentences below are written for these tests (not taken from the seeds). Each positive case lists *every*
asserted claim the sentence must give, so an extra claim fails the case (precision); NO_CLAIM sentences
must give no claim at all; HYPOTHETICAL ones only claims marked modality='hypothetical'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import tables
from analysis.extract.relations import relations

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

S, O = "supports", "opposes"
RUS, IRN, USA, TUR, SAU, SYR = "country:RUS", "country:IRN", "country:USA", "country:TUR", "country:SAU", "country:SYR"
ASSAD = "person:bashar-al-assad"

POSITIVE = [
    # verbs
    ("Russia backs Bashar al-Assad.", {(RUS, S, ASSAD)}),
    ("Iran has long supported Hezbollah.", {(IRN, S, "group:hezbollah")}),
    ("The United States armed the Free Syrian Army.", {(USA, S, "group:free-syrian-army")}),
    ("Moscow continued to prop up Assad's forces.", {("place:moscow", S, ASSAD)}),
    ("Qatar sided with Hamas during the crisis.", {("country:QAT", S, "group:hamas")}),
    ("Turkey allied with the Free Syrian Army against the YPG.", {(TUR, S, "group:free-syrian-army")}),
    ("Russia defended Assad at the United Nations.", {(RUS, S, ASSAD)}),
    ("Iran sent military advisers to Damascus.", {(IRN, S, SYR)}),
    ("Iran sent its military advisors to Assad.", {(IRN, S, ASSAD)}),
    ("Germany sent weapons to Ukraine.", {("country:DEU", S, "country:UKR")}),
    ("Russia invaded Ukraine in 2022.", {(RUS, O, "country:UKR")}),
    ("Washington opposes Maduro.", {("place:washington", O, "person:nicolas-maduro")}),
    ("France condemned Iran for its missile programme.", {("country:FRA", O, IRN)}),
    ("Turkey is fighting the PKK.", {(TUR, O, "group:pkk")}),
    ("Israel struck Hezbollah in southern Lebanon.", {("country:ISR", O, "group:hezbollah")}),
    ("The European Union sanctioned Russia over Crimea.", {("org:eu", O, RUS)}),
    ("The US struck Assad's forces.", {(USA, O, ASSAD)}),
    # want X to go / gone / out, demand that X step down
    ("Saudi Arabia wants Assad to go.", {(SAU, O, ASSAD)}),
    ("Turkey wants Assad gone.", {(TUR, O, ASSAD)}),
    ("Washington wants Maduro out.", {("place:washington", O, "person:nicolas-maduro")}),
    ("France demanded that Assad step down.", {("country:FRA", O, ASSAD)}),
    ("The US called on Maduro to resign.", {(USA, O, "person:nicolas-maduro")}),
    ("The US called for Assad's departure.", {(USA, O, ASSAD)}),
    ("Obama, who had called for Assad to step down in 2011, later focused on fighting IS.",
     {("person:barack-obama", O, ASSAD)}),
    ("Erdogan says Assad must go.", {("person:recep-tayyip-erdogan", O, ASSAD)}),
    # nouns and appositions
    ("Russia and Iran, key military supporters of Bashar al-Assad, met in Astana.", {(RUS, S, ASSAD), (IRN, S, ASSAD)}),
    ("Russia, one of Assad's main allies, vetoed the resolution.", {(RUS, S, ASSAD)}),
    ("Assad's backers, including Russia and Iran, rejected the plan.", {(RUS, S, ASSAD), (IRN, S, ASSAD)}),
    ("Russia and Iran are Assad's main backers.", {(RUS, S, ASSAD), (IRN, S, ASSAD)}),
    ("Russia is Assad's closest ally.", {(RUS, S, ASSAD)}),
    ("Iran remains a key backer of the Houthis.", {(IRN, S, "group:houthis")}),
    ("Turkey, a fierce critic of Assad, hosted the talks.", {(TUR, O, ASSAD)}),
    ("Israel, Hamas's sworn enemy, closed the crossing.", {("country:ISR", O, "group:hamas")}),
    ("Russia launched air strikes in support of Assad.", {(RUS, S, ASSAD)}),
    ("Iran deployed troops in support of the Syrian government.", {(IRN, S, SYR)}),
    ("Turkey's opposition to Assad has not softened.", {(TUR, O, ASSAD)}),
    ("Russia's support for Assad has been decisive.", {(RUS, S, ASSAD)}),
    # coordination: every conjunct is a source
    ("Saudi Arabia, the UAE and Egypt have backed Khalifa Haftar.",
     {(SAU, S, "person:khalifa-haftar"), ("country:ARE", S, "person:khalifa-haftar"),
      ("country:EGY", S, "person:khalifa-haftar")}),
    ("The US and Britain, as well as France, oppose Assad.",
     {(USA, O, ASSAD), ("country:GBR", O, ASSAD), ("country:FRA", O, ASSAD)}),
    ("Maduro is supported by Russia, China and Cuba.",
     {(RUS, S, "person:nicolas-maduro"), ("country:CHN", S, "person:nicolas-maduro"),
      ("country:CUB", S, "person:nicolas-maduro")}),
    ("Assad is backed by Russia and Iran.", {(RUS, S, ASSAD), (IRN, S, ASSAD)}),
    ("Neither Russia nor China backs the resolution, but Russia supports Assad.", {(RUS, S, ASSAD)}),
    # relative clauses and pronouns (same sentence and previous sentence)
    ("Putin met Erdogan, who has long opposed Assad.", {("person:recep-tayyip-erdogan", O, ASSAD)}),
    ("Iran, which backs the Houthis, denies arming them.", {(IRN, S, "group:houthis")}),
    ("Assad has survived the war. Russia and Iran support him.", {(RUS, S, ASSAD), (IRN, S, ASSAD)}),
    ("Turkey said it backs the Free Syrian Army.", {(TUR, S, "group:free-syrian-army")}),
    ("Iran says it will keep supporting Assad.", {(IRN, S, ASSAD)}),
    ("Turkey, which opposes Assad, and Russia, which backs him, met in Sochi.", {(TUR, O, ASSAD), (RUS, S, ASSAD)}),
    ("Hezbollah has fought alongside Assad's forces since 2013.", {("group:hezbollah", S, ASSAD)}),
    ("Iran, which has sent fighters to Syria, said it would stand by the Syrian government.", {(IRN, S, SYR)}),
    # predicative adjectives
    ("Cuba and Nicaragua remained loyal to Maduro.",
     {("country:CUB", S, "person:nicolas-maduro"), ("country:NIC", S, "person:nicolas-maduro")}),
    ("Turkey is opposed to Assad.", {(TUR, O, ASSAD)}),
    # hyphenated participles, light verbs
    ("The Iran-backed Houthis fired missiles at Riyadh.", {(IRN, S, "group:houthis")}),
    ("Kim Jong Un pledged full support for Putin.", {("person:kim-jong-un", S, "person:vladimir-putin")}),
    # seats of power, persons and bodies as sources
    ("The Kremlin backs Assad.", {("org:kremlin", S, ASSAD)}),
    ("Tehran armed the Houthis.", {("place:tehran", S, "group:houthis")}),
    ("The White House condemned Maduro.", {("org:white-house", O, "person:nicolas-maduro")}),
    ("Putin supports Assad.", {("person:vladimir-putin", S, ASSAD)}),
    ("Lavrov defended Assad.", {("person:sergei-lavrov", S, ASSAD)}),
    ("Hezbollah fighters defend Assad's forces.", {("group:hezbollah", S, ASSAD)}),
    # the target's forces / regime / government count as the target
    ("Russian forces fight the Islamic State.", {(RUS, O, "group:islamic-state")}),
    ("Russia supports the Syrian regime.", {(RUS, S, SYR)}),
    ("Turkey opposes the Syrian regime.", {(TUR, O, SYR)}),
    # reported speech
    ("Iran says Russia supports Assad.", {(RUS, S, ASSAD)}),
    ("According to the Kremlin, Iran backs Hezbollah.", {(IRN, S, "group:hezbollah")}),
    # arms transfers: supply X with weapons, deliver / sell weapons to X, sell X weapons
    ("Iran supplied the Houthis with drones.", {(IRN, S, "group:houthis")}),
    ("Turkey has provided Azerbaijan with armed drones.", {(TUR, S, "country:AZE")}),
    ("Poland delivered tanks to Ukraine.", {("country:POL", S, "country:UKR")}),
    ("France sold fighter jets to India.", {("country:FRA", S, "country:IND")}),
    ("Germany sent air defence systems to Kyiv.", {("country:DEU", S, "country:UKR")}),
    ("Norway shipped artillery shells and rockets to Ukraine.", {("country:NOR", S, "country:UKR")}),
    # fighting, war, destruction, funding, campaigning
    ("Turkey fought against the PKK for decades.", {(TUR, O, "group:pkk")}),
    ("Russia is waging a war against Ukraine.", {(RUS, O, "country:UKR")}),
    ("Israel launched air strikes on Hezbollah.", {("country:ISR", O, "group:hezbollah")}),
    ("Qatar funded Hamas for years.", {("country:QAT", S, "group:hamas")}),
    ("Obama campaigned for Hillary Clinton.", {("person:barack-obama", S, "person:hillary-clinton")}),
    ("Hezbollah traded fire with Israeli forces.", {("group:hezbollah", O, "country:ISR"), ("country:ISR", O, "group:hezbollah")}),
    ("Houthi fighters clashed with Saudi forces.", {("group:houthis", O, SAU)}),
    ("The European Union imposed sanctions on Belarus.", {("org:eu", O, "country:BLR")}),
    # qualified and predicated actor nouns
    ("Russia, India's largest arms supplier, sent a delegation.", {(RUS, S, "country:IND")}),
    ("Saudi Arabia, Hamas's fiercest Arab critic, stayed silent.", {(SAU, O, "group:hamas")}),
    ("Putin described Belarus as Russia's closest ally.", {("country:BLR", S, RUS)}),
    ("Biden called Israel a close ally of the United States.", {("country:ISR", S, USA)}),
    # subjects: whose, reported pronouns, apposition, participles
    ("Iran, whose fighters have long backed the Houthis, denied the report.", {(IRN, S, "group:houthis")}),
    ("Britain and France said they would arm Ukraine.", {("country:GBR", S, "country:UKR"), ("country:FRA", S, "country:UKR")}),
    ("Ukraine's western neighbour, Poland, has backed Kyiv from the start.", {("country:POL", S, "country:UKR")}),
    ("Libya's government, based in Tripoli and backed by Turkey, rejected the plan.", {(TUR, S, "country:LBY")}),
    ("Mercenaries from the Wagner Group fought alongside Haftar's forces.", {("group:wagner-group", S, "person:khalifa-haftar")}),
    # mutual fighting named by a noun
    ("The war between Russia and Ukraine entered its third year.", {(RUS, O, "country:UKR"), ("country:UKR", O, RUS)}),
    ("Fighting between the Taliban and Pakistan's army flared again.",
     {("group:taliban", O, "country:PAK"), ("country:PAK", O, "group:taliban")}),
    # wire datelines are not antecedents; groups are 'they'; coordinations before a relative clause
    ("BAKU, May 2 (Reuters) - Armenia accused Azerbaijan of shelling its troops.",
     {("country:AZE", O, "country:ARM"), ("country:ARM", O, "country:AZE")}),
    ("The Houthis said they had fired missiles in support of Hamas.", {("group:houthis", S, "group:hamas")}),
    ("Iran and North Korea, which Kyiv accuses of arming Russia, deny the claims.", {(IRN, S, RUS), ("country:PRK", S, RUS)}),
    # mis-parses: a negated first conjunct, PPs hung from the wrong word, a title read as an adjective
    ("Lavrov said the sanctions will not work and accused Britain of fighting a proxy war against Russia.",
     {("country:GBR", O, RUS)}),
    ("Chadian troops fought alongside French forces against the jihadists of JNIM.",
     {("country:TCD", S, "country:FRA"), ("country:TCD", O, "group:jnim")}),
    ("Egypt has since backed Prime Minister Abdul Hamid Dbeibah.", {("country:EGY", S, "person:abdul-hamid-dbeibah")}),
    ("Sweden will deliver Archer howitzers and Leopard tanks to Ukraine.", {("country:SWE", S, "country:UKR")}),
    # attacks, overthrow, harbouring, rivals, insurgencies
    ("The Houthis fired ballistic missiles at Israel.", {("group:houthis", O, "country:ISR")}),
    ("Turkey accused the United States of plotting to topple Erdogan.",
     {(USA, O, "person:recep-tayyip-erdogan"), (TUR, O, USA)}),
    ("Afghanistan has long harboured al-Qaeda.", {("country:AFG", S, "group:al-qaeda")}),
    ("Turkey accused Sweden of harbouring PKK militants.", {("country:SWE", S, "group:pkk"), (TUR, O, "country:SWE")}),
    # an ethnic adjective on fighters is not a group: only the accusation itself remains
    ("Turkey accused Sweden of harbouring Kurdish militants.", {(TUR, O, "country:SWE")}),
    ("Saudi Arabia, Iran's regional rival, hosted the summit.", {(SAU, O, IRN)}),
    ("The PKK has waged an insurgency against the Turkish state since 1984.", {("group:pkk", O, TUR)}),
    # removal demands with an 'of' object, a removal noun, a transitive predicate
    ("Protesters' leaders and the opposition party called for the resignation of Nicolas Maduro.", set()),
    ("Guaido called for the resignation of Nicolas Maduro.", {("person:juan-guaido", O, "person:nicolas-maduro")}),
    ("Khamenei has repeatedly called for Israel's destruction.", {("person:ali-khamenei", O, "country:ISR")}),
    # copulas in a conjoined relative clause; object control; coming to an actor's aid
    ("Jordan, which borders Syria and is a close ally of Washington, stayed neutral.", {("country:JOR", S, USA)}),
    ("Egypt rushed to Sudan's defence.", {("country:EGY", S, "country:SDN")}),
    # at war
    ("Azerbaijan and Armenia fought two wars over Karabakh.", {("country:AZE", O, "country:ARM"), ("country:ARM", O, "country:AZE")}),
    ("Israel and Hamas have been at war since October.", {("country:ISR", O, "group:hamas"), ("group:hamas", O, "country:ISR")}),
    ("Russia is at war with Ukraine.", {(RUS, O, "country:UKR")}),
    # a descriptive subject stands for the actors it lists
    ("Several EU members, including Poland and Lithuania, have sanctioned Lukashenko.",
     {("country:POL", O, "person:alexander-lukashenko"), ("country:LTU", O, "person:alexander-lukashenko")}),
    # the demand is asserted; the requested removal by Washington is only hypothetical
    ("Guaido urged Washington to help remove Maduro.", {("person:juan-guaido", O, "person:nicolas-maduro")}),
]

HYPOTHETICAL = [
    ("Iran could support the Houthis.", {(IRN, S, "group:houthis")}),
    ("Russia might arm Haftar.", {(RUS, S, "person:khalifa-haftar")}),
    ("If Turkey arms the Free Syrian Army, Russia will respond.", {(TUR, S, "group:free-syrian-army")}),
    ("Will China support Russia?", {("country:CHN", S, RUS)}),
    ("Russia plans to arm Haftar.", {(RUS, S, "person:khalifa-haftar")}),
    ("If Iran supplies Russia with ballistic missiles, Europe will respond.", {(IRN, S, RUS)}),
    ("Zelensky urged NATO to keep arming Ukraine.", {("org:nato", S, "country:UKR")}),
    ("The opposition urged the army to help remove Maduro.", set()),
]

NO_CLAIM = [
    # stance toward an event, a policy or a thing, not an actor
    "Iran supports the nuclear deal.",
    "Russia backs the peace plan.",
    "Turkey opposes the new constitution.",
    "France condemned the attack.",
    "Iran's support for the agreement is crucial.",
    "The US opposes sanctions relief.",
    "Saudi Arabia wants the war to end.",
    "Turkey wants Russia to go further.",
    # negation
    "Russia did not back Assad.",
    "Iran never supported the Taliban.",
    "Turkey refused to arm the YPG.",
    "Russia stopped supporting Haftar.",
    "Iran denied arming the Houthis.",
    "No country supports the Houthis.",
    "Iran is not an ally of the Taliban.",
    "Iran does not want Assad to go.",
    # mere mention, meetings, hosting, places
    "Qatar hosted talks between the Taliban and the United States.",
    "Putin met Erdogan in Sochi.",
    "Russia and Iran discussed Syria.",
    "Assad thanked Putin.",
    "Moscow is the capital of Russia.",
    "Russia bombed Aleppo.",
    # actors that are not entities, ambiguous pronouns
    "Syrian rebels fought Assad's forces.",
    "The resolution was opposed by several countries.",
    "Russia and Turkey back opposing sides in Syria.",
    "Putin praised Assad. He said Russia would keep backing him.",
    "Iran gave no support to the Taliban.",
    "Russia sent troops to Ukraine.",
    "Turkey, once a supporter of Assad, now hosts the opposition.",
    "Analysts said China was unlikely to back either side openly.",
    "Turkey is not opposed to Assad.",
    "Iran is opposed to the deal.",
    "China expressed its support for the peace talks.",
    "Turkey supports Assad's opponents.",
    "Russia backs Assad's bid to hold elections.",
    "Iran condemned the strike on Syria.",
    # arms-transfer verbs with other objects; sanctions not imposed; a supplier of something else
    "Russia supplied Turkey with gas.",
    "China sold oil to India.",
    "Germany delivered a message to Russia.",
    "The US eased sanctions on Venezuela.",
    "US sanctions on Iran were lifted in 2016.",
    "Russia, Turkey's largest gas supplier, hosted the talks.",
    # a stance under oppose / against is not held
    "Hungary opposes sending weapons to Ukraine.",
    "Slovakia argued against arming Kyiv.",
    # pronouns that do not agree with the speaker, places, other exchanges
    "Iran and Russia said they oppose the deal.",
    "Russia launched an offensive on Kharkiv.",
    "Ukraine traded prisoners with Russia.",
    "Armenia's prime minister, Nikol Pashinyan, met Aliyev.",
    "Kenya campaigned for a seat on the Security Council.",
    # feared or merely discussed fighting
    "Fears of a new war between Ethiopia and Eritrea are growing.",
    "Diplomats warned of the risk of a war between India and Pakistan.",
    "Talks between Armenia and Azerbaijan resumed.",
    "There is no war between China and Taiwan.",
    # a negated or opposed stance stays unheld even when its conjunct is not
    "Russia did not arm or fund the Houthis.",
    # new cues with things, places or ideas as objects
    "Turkey sheltered millions of Syrians.",
    "Israel opposes a Palestinian state.",
    "Trump fired his national security adviser.",
    "The army fired shells at Hamas positions.",
    "Pakistan fired rockets at the border town of Chaman.",
    "The EU removed Hamas from the list.",
    "Iran urged Russia to end the war.",
    # nationality or ethnic adjectives on fighters are not the state or a group
    "Turkey sent Syrian fighters to Libya.",
    # sport and denials
    "Germany defeated France 2-1 in the final.",
    "This is not a fight between Georgia and Russia, one protester said.",
    # a pronoun reported by a speaker who is not an actor does not reach back to another sentence
    "Slovakia declined to comment. The ruling party says it is protecting Georgia.",
    "Russia and Ukraine are not at war, Lukashenko claimed.",
]


# Round 2 (written for these tests): definite descriptions of an actor named before, troops sent to help,
# allegiance, 'on behalf of' under fighting verbs, wars fought with a state, bombers and pounding.
POSITIVE += [
    ("The Northern Alliance held the Panjshir valley. Iran armed the alliance throughout the 1990s.",
     {(IRN, S, "group:northern-alliance")}),
    ("Saudi Arabia hosted the summit. The kingdom has long backed Abdrabbuh Mansur Hadi.",
     {(SAU, S, "person:abdrabbuh-mansur-hadi")}),
    ("Officials in Riyadh were furious. The kingdom has sanctioned the Houthis.", {(SAU, O, "group:houthis")}),
    ("Hezbollah fired rockets overnight. Israel said it would keep striking the group.",
     {("country:ISR", O, "group:hezbollah")}),
    ("Sergey Lavrov said his country would keep arming the Donetsk People's Republic.",
     {(RUS, S, "group:donetsk-people-s-republic")}),
    ("Rwanda deployed troops to Mozambique to help its army fight insurgents.", {("country:RWA", S, "country:MOZ")}),
    ("Britain sent military trainers to help the Ukrainian army.", {("country:GBR", S, "country:UKR")}),
    ("In 2012 the Shabaab pledged allegiance to al-Qaeda.", {("group:al-shabaab", S, "group:al-qaeda")}),
    ("Wagner mercenaries fought on behalf of Khalifa Haftar.", {("group:wagner-group", S, "person:khalifa-haftar")}),
    ("India fought a war with China in 1962.", {("country:IND", O, "country:CHN"), ("country:CHN", O, "country:IND")}),
    ("Russian bombers pounded the Islamic State near Palmyra.", {(RUS, O, "group:islamic-state")}),
    ("Fighters loyal to Khalifa Haftar attacked the Muslim Brotherhood.",
     {("person:khalifa-haftar", O, "group:muslim-brotherhood")}),
    ("Iran has armed several militias, including Kataib Hezbollah.", {(IRN, S, "group:kataib-hezbollah")}),
    ("The Islamic Courts took Kismayo. Eritrea denied it but kept arming the Courts.",
     {("country:ERI", S, "group:union-of-islamic-courts")}),
    ("Sri Lanka's army fought the Tamil Tigers for decades.", {("country:LKA", O, "group:ltte")}),
    ("Zimbabwe sent troops to defend Laurent Kabila.", {("country:ZWE", S, "person:laurent-desire-kabila")}),
]
NO_CLAIM += [
    "The US-led coalition struck targets in Raqqa.",
    "Russia sent soldiers to Ukraine to seize the airport.",
    "The EU envoy spoke on behalf of the bloc.",
    "Turkey and Greece held talks. The country has backed Hamas.",
    "Hezbollah and Hamas held a rally. Israel has struck the group.",
    "The group's allegiance to al-Qaeda is unclear.",
    "Tehran sent a delegation. The kingdom backed the plan.",
    "Russia and Iran met. A country backed the Houthis.",
    "Soldiers loyal to the constitution attacked the palace.",
    "Iran condemned several attacks, including one on its embassy.",
    "The courts acquitted him. Turkey backed the courts.",
]


# CAMEO-derived cues (Schrodt et al.'s event codebook via the PETRARCH2 verb dictionary; stance.json _doc):
# 111 criticise/denounce, 13 threaten, 163/170 boycott/punish, 174/201 expel/drive out, 18-20 violence (opposes);
# 051/053 side-taking, 061 sponsor, 072 military aid and training (supports). Objects must be actors.
CAMEO_POSITIVE = [
    # 111 criticize or denounce
    ("Poland criticised Hungary over its ties with Moscow.", {("country:POL", O, "country:HUN")}),
    ("Kenya castigated Ethiopia at the summit.", {("country:KEN", O, "country:ETH")}),
    ("The European Union censured Belarus in a statement on Tuesday.", {("org:eu", O, "country:BLR")}),
    ("Ukraine lashed out at Hungary for blocking the aid package.", {("country:UKR", O, "country:HUN")}),
    ("Iran slammed Azerbaijan for hosting Israeli officials.", {("country:IRN", O, "country:AZE")}),
    ("Russia's criticism of NATO grew sharper.", {("country:RUS", O, "org:nato")}),
    ("Turkey rebuked Sweden for letting the PKK rally in Stockholm.", {("country:TUR", O, "country:SWE")}),
    # 13 threaten
    ("North Korea threatened South Korea with nuclear retaliation.", {("country:PRK", O, "country:KOR")}),
    # 163 / 17 embargo, boycott, blockade, punish
    # 174 / 201 expel, drive out
    ("Mali expelled French troops in 2022.", {("country:MLI", O, "country:FRA")}),
    ("Iraqi forces drove the Islamic State out of Mosul.", {("country:IRQ", O, "group:islamic-state")}),
    # 18-20 assault, fight, kill
    ("Israel killed Hamas leader Yahya Sinwar in Rafah.", {("country:ISR", O, "person:yahya-sinwar"), ("country:ISR", O, "group:hamas")}),
    ("Russia bombarded the Islamic State near Palmyra.", {("country:RUS", O, "group:islamic-state")}),
    ("Ukraine hit Russia with long-range drones.", {("country:UKR", O, "country:RUS")}),
    ("The Houthis assassinated Ali Abdullah Saleh in 2017.", {("group:houthis", O, "person:ali-abdullah-saleh")}),
    # 051 / 053 / 061 / 072
    ("China shielded North Korea at the United Nations.", {("country:CHN", S, "country:PRK")}),
    ("Egypt threw its weight behind Khalifa Haftar.", {("country:EGY", S, "person:khalifa-haftar")}),
    ("Iran sponsors Hezbollah.", {("country:IRN", S, "group:hezbollah")}),
    ("Britain trained Ukrainian soldiers on Salisbury Plain.", {("country:GBR", S, "country:UKR")}),
    ("The United States provided intelligence to Ukraine.", {("country:USA", S, "country:UKR")}),
    # (a coalition named after its leading state acts as that state: session 29)
    ("France provides aerial refuelling to the Saudi-led coalition.", {("country:FRA", S, "country:SAU")}),
    ("Germany expressed solidarity with Israel.", {("country:DEU", S, "country:ISR")}),
]
CAMEO_HYPOTHETICAL = [
    ("Venezuela could expel Exxon's engineers.", set()),
    ("Serbia might boycott Croatia.", {("country:SRB", O, "country:HRV")}),
]
CAMEO_NO_CLAIM = [
    "Poland criticised the decision.",
    "Ghana condemned the attack on the embassy.",
    "Ethiopia expelled journalists from the region.",
    "Niger expelled migrants to Algeria.",
    "India criticised the resolution on Kashmir.",
    "Nigeria denounced the coup in Niger.",
    "Russian jets bombarded Aleppo.",
    "Turkey did not criticise Russia.",
    "Germany refused to provide intelligence to Ukraine.",
    "Iran threatened the strait's shipping lanes.",
    "The storm hit Cuba on Monday.",
    "The earthquake killed thousands in Turkey.",
    "Sanctions hit Russia's economy hard.",
    "Saudi Arabia sponsored the resolution.",
    "Japan trained its attention on China.",
    "Qatar shared intelligence with the investigators.",
    "Mexico praised Cuba for its doctors.",
    "Brazil recognised Venezuela's government.",
    "Spain extradited the suspect to Morocco.",
]


# CAMEO 16 reduce relations / 174 expel diplomats (GUIDELINES.md, Relations, rule 2; stance.json _doc): hostile acts
# aimed at an actor are opposes. Recalls count only with a protest or dispute reason in the clause.
REDUCE_POSITIVE = [
    ("Saudi Arabia severed ties with Qatar.", {(SAU, O, "country:QAT")}),
    ("Morocco cut diplomatic ties with Iran in 2018.", {("country:MAR", O, IRN)}),
    ("Saudi Arabia broke off diplomatic relations with Iran.", {(SAU, O, IRN)}),
    ("Bahrain downgraded relations with Iran.", {("country:BHR", O, IRN)}),
    ("Israel suspended diplomatic relations with Turkey.", {("country:ISR", O, TUR)}),
    ("Saudi Arabia, the UAE and Egypt severed ties with Qatar.",
     {(SAU, O, "country:QAT"), ("country:ARE", O, "country:QAT"), ("country:EGY", O, "country:QAT")}),
    ("Ecuador expelled Colombia's ambassador.", {("country:ECU", O, "country:COL")}),
    ("Ecuador expelled the Colombian ambassador.", {("country:ECU", O, "country:COL")}),
    ("Russia expelled 23 British diplomats.", {(RUS, O, "country:GBR")}),
    ("Colombia's ambassador was expelled by Ecuador.", {("country:ECU", O, "country:COL")}),
    ("Ecuador's President Rafael Correa expelled Colombia's ambassador.", {("person:rafael-correa", O, "country:COL")}),
    ("Mali recalled its ambassador from Algeria in protest.", {("country:MLI", O, "country:DZA")}),
    ("Sweden recalled its envoy from Iran over the row about the executions.", {("country:SWE", O, IRN)}),
    ("Mali recalled its ambassador from Algeria for consultations over the drone incident.",
     {("country:MLI", O, "country:DZA")}),
]
REDUCE_HYPOTHETICAL = [
    ("Bahrain could expel Iran's ambassador.", {("country:BHR", O, IRN)}),
]
REDUCE_NO_CLAIM = [
    "Ethiopia expelled journalists from the region.",
    "Niger deported migrants to Algeria.",
    "Egypt restored ties with Qatar.",
    "Saudi Arabia restored diplomatic ties with Iran in 2023.",
    "Egypt did not sever ties with Qatar.",
    "Turkey refused to cut ties with Russia.",
    "Mali recalled its ambassador from Algeria for consultations.",
    "The US shared intelligence with Ukraine's forces.",
    "China summoned Japan's ambassador.",
    "Kenya expelled the ambassador.",
]

# Juntas as proxies, possessed attack nouns, power struggles, ordering diplomats out / persona non grata.
MLI, DZA, FRA, MMR, UKR = "country:MLI", "country:DZA", "country:FRA", "country:MMR", "country:UKR"
ROUND_POSITIVE = [
    # 'X's junta', 'the Xian junta' stand for X (guidelines rule 8)
    ("China has backed Myanmar's junta.", {("country:CHN", S, MMR)}),
    ("Russia supports the Malian junta.", {(RUS, S, MLI)}),
    ("France has criticised Mali's junta for delaying elections.", {(FRA, O, MLI)}),
    ("The United States sanctioned the Myanmar junta.", {(USA, O, MMR)}),
    # an attack noun with an actor possessor or modifier: the possessor opposes the target
    ("Russia's offensive against Ukraine stalled in the east.", {(RUS, O, UKR)}),
    # joining a side's offensive takes that side (joined_wars)
    ("Eritrean troops joined the Ethiopian army's offensive against the TPLF.",
     {("country:ETH", O, "group:tplf"), ("country:ERI", S, "country:ETH"), ("country:ERI", O, "group:tplf")}),
    ("Israel's war on Hamas has displaced most of Gaza's population.", {("country:ISR", O, "group:hamas")}),
    ("The Russian invasion of Ukraine began in February 2022.", {(RUS, O, UKR)}),
    ("The UN condemned Russia's invasion of Ukraine.", {(RUS, O, UKR), ("org:un", O, RUS)}),
    # 'a power struggle between X and Y': mutual
    ("The power struggle between Burhan and Hemedti erupted in April.",
     {("person:abdel-fattah-al-burhan", O, "person:mohamed-hamdan-dagalo"),
      ("person:mohamed-hamdan-dagalo", O, "person:abdel-fattah-al-burhan")}),
    # ordering a state's diplomats or forces to leave, declaring them persona non grata (CAMEO 174)
    ("Mali's military government ordered Algeria's ambassador to leave the country within 72 hours.", {(MLI, O, DZA)}),
    ("BAMAKO, Jan 26 (Reuters) - Mali's military government on Friday ordered Algeria's ambassador to leave.",
     {(MLI, O, DZA)}),
    ("Niger ordered the French ambassador to leave.", {("country:NER", O, FRA)}),
    ("Niger ordered French troops to leave.", {("country:NER", O, FRA)}),
    ("Mali declared France's envoy persona non grata.", {(MLI, O, FRA)}),
    ("Burkina Faso declared three French diplomats persona non grata.", {("country:BFA", O, FRA)}),
]
ROUND_NO_CLAIM = [
    "The junta has backed the plan.",
    "Russia supports the junta.",
    "The offensive against Ukraine stalled.",
    "Fears of a Russian invasion of Ukraine grew.",
    "Western capitals warned of a possible Russian invasion of Ukraine.",
    "Russia's offensive against Bakhmut stalled.",
    "The power struggle between the two generals erupted in April.",
    "Mali ordered its ambassador to return home for consultations.",
    "Niger ordered the French ambassador to explain the remarks.",
    "Ukraine declared the singer persona non grata.",
    "Mali ordered journalists to leave the region.",
]


def _rows(nlp, kb, text):
    return list(relations(nlp(text), kb))


def _triples(rows, modality=None):
    return {(r["source_id"], r["relation"], r["target_id"]) for r in rows
            if modality is None or r["modality"] == modality}


# Issue 12 classes (sentences written for these tests): predicative and coordinated agent nouns, converse
# verbs, group anaphora, hostility through acts (held places, installations, repelled attacks, boycotts,
# ongoing sanctions, accusations), with their traps below.
ISSUE12_POSITIVE = [
    # predicative / coordinated agent nouns, mutual
    ("Ghana and Togo are close allies.", {("country:GHA", S, "country:TGO"), ("country:TGO", S, "country:GHA")}),
    ("Iran and Syria are allies in the region and the main backers of Hezbollah.",
     {(IRN, S, SYR), (SYR, S, IRN), (IRN, S, "group:hezbollah"), (SYR, S, "group:hezbollah")}),
    ("Azerbaijan and Armenia, long-time foes, clashed again.",
     {("country:AZE", O, "country:ARM"), ("country:ARM", O, "country:AZE")}),
    ("Clashes broke out between arch-foes Azerbaijan and Armenia on Sunday.",
     {("country:AZE", O, "country:ARM"), ("country:ARM", O, "country:AZE")}),
    # converse verbs: the target is the subject
    ("Venezuela, which has received military support from Russia and China, rejected the report.",
     {(RUS, S, "country:VEN"), ("country:CHN", S, "country:VEN")}),
    ("Myanmar's army was armed by China.", {("country:CHN", S, "country:MMR")}),
    ("Eritrea relies on Qatar for funding.", {("country:QAT", S, "country:ERI")}),
    ("Mali has received drones and military aid from Turkey.", {(TUR, S, "country:MLI")}),
    # group anaphora with number and type agreement; a description with no owner
    ("Egypt and Sudan signed a pact on Monday, and the two countries have backed Somalia since.",
     {("country:EGY", S, "country:SOM"), ("country:SDN", S, "country:SOM")}),
    ("Qatar and Oman mediated. Both nations later condemned Israel.", {("country:QAT", O, "country:ISR"), ("country:OMN", O, "country:ISR")}),
    # two coordinated verbs sharing their object, the second read as an adjective by the parser
    ("Qatar, which has funded and armed Hamas for years, said it welcomed the truce.", {("country:QAT", S, "group:hamas")}),
    ("Egypt has funded and equipped Haftar.", {("country:EGY", S, "person:khalifa-haftar")}),
    # they/them/their: the one coordination of named actors just before
    ("Russia and Iran met in Tehran on Monday. They have long backed Assad.",
     {(RUS, S, "person:bashar-al-assad"), (IRN, S, "person:bashar-al-assad")}),
    ("AMISOM said it lost two soldiers and killed ten al-Shabaab fighters.", {("org:amisom", O, "group:al-shabaab")}),
    ("Boko Haram has grown stronger. The militants attacked three African Union bases.",
     {("group:boko-haram", O, "org:african-union")}),
    # hostility through acts
    ("Iran struck US bases in Iraq.", {(IRN, O, USA)}),
    ("Nigerian forces repelled attacks by Boko Haram near the border.",
     {("country:NGA", O, "group:boko-haram"), ("group:boko-haram", O, "country:NGA")}),
    ("Nigeria's troops have been working with Chad's army to fight Boko Haram.",
     {("country:NGA", S, "country:TCD"), ("country:NGA", O, "group:boko-haram")}),
    ("The boycott of Qatar imposed by Saudi Arabia and the UAE continued.",
     {(SAU, O, "country:QAT"), ("country:ARE", O, "country:QAT")}),
    ("Saudi Arabia led a bloc of countries in imposing a blockade on Qatar.", {(SAU, O, "country:QAT")}),
    ("The United States kept its economic sanctions against Syria.", {(USA, O, SYR)}),
    ("The embargo on Qatar imposed by Saudi Arabia and three other Arab states continued.", {(SAU, O, "country:QAT")}),
    ("Poland accused Belarus of orchestrating the migrant crisis.", {("country:POL", O, "country:BLR")}),
    ("Iraq's invasion of Kuwait started the war.", {("country:IRQ", O, "country:KWT")}),
    # two clients of one patron who are rivals: only the patron's backing, no hostility between them
    ("Qatar and the UAE, both backed by Washington, are rivals for influence.",
     {("place:washington", S, "country:QAT"), ("place:washington", S, "country:ARE")}),
]
ISSUE12_HYPOTHETICAL = [
    ("Ghana and Togo could become allies.", {("country:GHA", S, "country:TGO"), ("country:TGO", S, "country:GHA")}),
]
ISSUE12_NO_CLAIM = [
    # joint actors are not each other's targets; places held by non-actors are no target
    "Russian and Syrian warplanes struck rebel-held areas of Syria.",
    "Russian and Syrian jets bombed rebel-held Syria.",
    "Turkish jets struck Kurdish-held areas in northern Syria.",
    # negated, former, or a group named by the noun
    "Ghana and Togo are not allies.",
    "Ghana and Togo were once allies.",
    "Western allies met in Brussels.",
    # rivalry between partners is competition; a lone subject is no mutual stance
    "Ghana is an ally.",
    # converse verbs with things that are no help
    "Libya received a letter from Egypt.",
    "Cuba relies on Venezuela for oil.",
    # group anaphora whose number does not agree, or with no antecedent of the type
    "Egypt, Sudan and Libya met. The two countries condemned Israel.",
    "The two countries condemned the attack.",
    # cooperation without a common enemy; denials; an accusation that is denied
    # a plural pronoun with two candidate coordinations, a single name, or a plural people of its own
    "Russia and Iran met with Turkey and Qatar. They have long backed Assad.",
    "Russia met Iran. They back Assad.",
    "Chile and Peru held talks. \"It is a fight between Bolivians and their own government,\" one said.",
    "Kenya has been working with Uganda on trade.",
    "Rwanda denies backing the M23 rebels.",
    "Kenya denied accusing Uganda of arming the rebels.",
    "The sanctions against Syria were lifted.",
    # an attack only imagined
    "Experts said a Chinese attack on Taiwan could trigger a wider war.",
]

# Issue 12, recall classes on real news (sentences written for these tests): demands that one named actor stop
# its own hostile acts (kb/stance.json cessation_demands), accusations of intent ("accused X of seeking to …":
# the accused intent is asserted, hypothetical.accused_intent), and a possessed place as the side attacked
# ("occupied Y's southern regions", held_places.possessed_verbs).
DEMAND_POSITIVE = [
    ("Algeria called on Morocco to end its occupation of the disputed territory.",
     {("country:DZA", O, "country:MAR")}),
    ("Norway urged Russia to withdraw its troops from Ukrainian territory.", {("country:NOR", O, RUS)}),
    ("The Arab League demanded that Israel halt its attacks on Gaza.", {("org:arab-league", O, "country:ISR")}),
    ("Egypt pressed Ethiopia to stop its military operations near the border.",
     {("country:EGY", O, "country:ETH")}),
    ("Kenya urged Uganda to pull its soldiers out of South Sudan.", {("country:KEN", O, "country:UGA")}),
    ("Finland urged Russia to withdraw from Georgia.", {("country:FIN", O, RUS)}),
    ("Azerbaijan pledged closer ties with Ankara and called on Armenia to give up its aggression.",
     {("country:AZE", O, "country:ARM")}),
    ("Ukraine accused Russia of trying to annex its eastern regions.",
     {("country:UKR", O, RUS), (RUS, O, "country:UKR")}),
    ("Armenia accused Azerbaijan of plotting to attack its territory.",
     {("country:ARM", O, "country:AZE"), ("country:AZE", O, "country:ARM")}),
    ("Kampala accused Rwanda of seeking to occupy Uganda's border towns.",
     {("place:kampala", O, "country:RWA"), ("country:RWA", O, "country:UGA")}),
    ("Russian troops captured Ukraine's second city.", {(RUS, O, "country:UKR")}),
    ("Israel struck Lebanon's southern villages overnight.", {("country:ISR", O, "country:LBN")}),
]
DEMAND_HYPOTHETICAL = [
    ("Turkey could urge Armenia to end its occupation of the region.", {(TUR, O, "country:ARM")}),
    ("Rwanda plans to occupy Uganda's border towns.", {("country:RWA", O, "country:UGA")}),
]
DEMAND_NO_CLAIM = [
    # several parties, both sides or nobody named: a call for restraint
    "Qatar called on both sides to end the fighting.",
    "Egypt urged Israel and Hamas to stop their attacks.",
    "The UN urged all parties to withdraw their forces.",
    # not a hostile act of the one asked
    "France urged Iran to withdraw from the talks.",
    "The US urged Israel to end its support for the settlers.",
    "Brazil asked Venezuela to end the blockade.",
    # denied demands
    "Germany did not call on Russia to end its occupation of Crimea.",
    # a possessed place under a verb that is no attack
    "Russia backs Ukraine's eastern regions.",
]

# Round 3 (issue 12): the allies of a body of states are partners in its grouping, not its supporters.
ROUND3_POSITIVE = [
    ("The United States and its allies, including Britain, imposed new sanctions.",
     {("country:GBR", S, USA)}),
    ("Hungary remains one of Serbia's closest allies.", {("country:HUN", S, "country:SRB")}),
    # an actor-hyphen-participle on an actor's proxy noun ("the Iranian-backed Assad regime")
    ("Moscow condemned the Iranian-backed Assad regime's critics.", {(IRN, S, ASSAD)}),
    ("The Russian-backed Assad government retook the city.", {(RUS, S, ASSAD)}),
]
ROUND3_NO_CLAIM = [
    "Ministers from OPEC and its allies, including Kazakhstan, will meet in Vienna next week.",
    "The oil cartel and its allies such as Oman agreed to extend the output cuts.",
    "Turkey, a NATO ally, has blocked the deal.",
    # a hyphenated participle on a noun that is no actor's proxy
    "The Iranian-backed plan for Assad failed.",
]

# Heldout real-news classes (sentences written for these tests, other actors than the articles'): acts of force
# named by nouns and light verbs ("carried out strikes on X", "the strike by X against Y", "a series of strikes"),
# the struck site standing for its owner ("Y positions", "targets belonging to Y", "villages captured by Y":
# held_places._attacked), and a proxy noun speaking for its owner ("the Kenyan military said its jets ...").
FORCE_POSITIVE = [
    ("Chadian jets bombed Boko Haram positions near the lake.", {("country:TCD", O, "group:boko-haram")}),
    ("Norway and Denmark have conducted air strikes against Taliban targets in Helmand.",
     {("country:NOR", O, "group:taliban"), ("country:DNK", O, "group:taliban")}),
    ("Kenya carried out raids on camps belonging to al-Shabaab.", {("country:KEN", O, "group:al-shabaab")}),
    ("Nigerien warplanes struck villages recently captured by Boko Haram.", {("country:NER", O, "group:boko-haram")}),
    ("Egypt launched a fresh wave of drone attacks on Hamas.", {("country:EGY", O, "group:hamas")}),
    ("It was the third raid by Kenya against al-Shabaab hideouts this year.", {("country:KEN", O, "group:al-shabaab")}),
    ("Somalia's operation against al-Shabaab entered its second month.", {("country:SOM", O, "group:al-shabaab")}),
    ("The Ugandan army said it had carried out ten strikes on the ADF.", {("country:UGA", O, "group:adf")}),
    ("The Kenyan military confirmed its warplanes had carried out 26 strikes on areas taken by al-Shabaab.",
     {("country:KEN", O, "group:al-shabaab")}),
    ("Iran sent a shipment of drones to the Houthis.", {(IRN, S, "group:houthis")}),
    # condemning an act of force condemns its author (condemned_acts), and the act itself is a claim (as for
    # "condemned Russia's invasion of Ukraine", stance_nouns possessed_only)
    ("Iran condemned the US strike on Syria.", {(USA, O, SYR), (IRN, O, USA)}),
]
FORCE_HYPOTHETICAL = [
    ("Kenya could carry out strikes on al-Shabaab positions.", {("country:KEN", O, "group:al-shabaab")}),
]
FORCE_NO_CLAIM = [
    # the site's owner named by no known actor, a place's "of" object, a stance (not a site) possessed
    "Chadian jets struck Kurdish positions.",
    "Egypt supports Jordan's position on the talks.",
    # joint sides, a denied or feared strike, a strike on a place the kb does not know
    "Russian and Syrian jets struck Syrian army positions.",
    "Kenya denied carrying out strikes on al-Shabaab positions.",
    "Fears of a possible Kenyan operation against al-Shabaab grew.",
    "Kenya did not strike al-Shabaab camps.",
]

# Sides placed in a hostile encounter by a support verb: "locked in a conflict with Y", "engaged in fighting
# with Y" (stance.json in_conflict): both sides oppose each other.
ENCOUNTER_POSITIVE = [
    ("Mozambique has been locked in a conflict with the Islamic State since 2017.",
     {("country:MOZ", O, "group:islamic-state"), ("group:islamic-state", O, "country:MOZ")}),
    ("Boko Haram, which has been engaged in fighting with Cameroon's army, lost ground.",
     {("group:boko-haram", O, "country:CMR"), ("country:CMR", O, "group:boko-haram")}),
    ("Niger remains embroiled in a war with JNIM.", {("country:NER", O, "group:jnim"), ("group:jnim", O, "country:NER")}),
]
ENCOUNTER_HYPOTHETICAL = [
    ("Niger could be locked in a conflict with JNIM for years.",
     {("country:NER", O, "group:jnim"), ("group:jnim", O, "country:NER")}),
]
ENCOUNTER_NO_CLAIM = [
    "Ghana is not in conflict with Togo.",
    "Ghana was engaged in talks with Togo.",
    "Togo is worried about a possible war with Ghana.",
    "Ghana was in a war with Togo in the 1960s.",
]

# Officials acting for their state ("the Egyptian envoy", "Chile's foreign ministry": proxy_nouns), targets named
# in apposition to a common noun ("sanctions on two firms -- A and B"), and a measure's target hung from its
# light verb ("will impose sanctions on X", 'will' read as asserted).
OFFICIAL_POSITIVE = [
    ("The Egyptian envoy accused Ethiopia of backing the rebels.", {("country:EGY", O, "country:ETH")}),
    ("The Chilean foreign minister condemned Bolivia.", {("country:CHL", O, "country:BOL")}),
    ("Japan's foreign ministry said the country will impose sanctions on two arms makers -- Rostec and "
     "Norinco.", {("country:JPN", O, "org:rostec"), ("country:JPN", O, "org:norinco")}),
    ("Canada will impose sanctions on Rostec.", {("country:CAN", O, "org:rostec")}),
]
OFFICIAL_HYPOTHETICAL = [
    ("Canada said it might impose sanctions on Rostec.", {("country:CAN", O, "org:rostec")}),
]
OFFICIAL_NO_CLAIM = [
    "The Egyptian envoy met the Ethiopian ambassador.",
    "Canada lifted its sanctions on the two firms.",
    "Canada will not impose sanctions on Rostec.",
]

# "the country" beside an armed group based elsewhere: the group's home country competes with the one named
# before, so the description is left unresolved unless they agree.
HOME_POSITIVE = [
    ("Sudan held elections in 2010. The RSF has waged a brutal war against the country's army.",
     {("group:rapid-support-forces", O, "country:SDN")}),
]
HOME_NO_CLAIM = [
    "Qatar sent food aid to the camps. The RSF has waged a brutal war against the country's army.",
]

# A clause set in a fight against Z ("backed by Y in the fight against Z", "an ally in the war against Z"):
# its agent, and the side a support verb helps, oppose Z (stance.json fight_adjunct).
FIGHT_POSITIVE = [
    ("Chad is backed by France in the fight against Boko Haram.",
     {("country:FRA", S, "country:TCD"), ("country:TCD", O, "group:boko-haram"), ("country:FRA", O, "group:boko-haram")}),
    ("France has backed the Chadian army in its fight against Boko Haram.",
     {("country:FRA", S, "country:TCD"), ("country:TCD", O, "group:boko-haram"), ("country:FRA", O, "group:boko-haram")}),
    ("Niger remains a strong ally in the war against Boko Haram.", {("country:NER", O, "group:boko-haram")}),
]
FIGHT_HYPOTHETICAL = [
    ("Niger could become an ally in the war against Boko Haram.", {("country:NER", O, "group:boko-haram")}),
]
FIGHT_NO_CLAIM = [
    "Niger refused to take part in the war against Boko Haram.",
    "France is not involved in the fight against Boko Haram.",
    "Niger lost two soldiers in a possible war against Boko Haram.",
]

# An insurgency waged in a country opposes its state (verbs *_insurgency, place_owner); a ruling body placed in
# a capital is that capital's country (proxy_nouns seat_nouns).
INSURGENCY_POSITIVE = [
    ("Boko Haram has waged an insurgency in Nigeria since 2009.", {("group:boko-haram", O, "country:NGA")}),
    ("JNIM fighters have led an uprising in Mali's north for a decade.", {("group:jnim", O, "country:MLI")}),
    ("Abuja sees the group as an offshoot of Boko Haram militants who have waged a long insurgency in "
     "northeastern Nigeria.", {("group:boko-haram", O, "country:NGA")}),
    ("Egypt and Jordan supported the government in Baghdad.",
     {("country:EGY", S, "country:IRQ"), ("country:JOR", S, "country:IRQ")}),
    ("The EU imposed sanctions on the regime in Minsk.", {("org:eu", O, "country:BLR")}),
]
INSURGENCY_HYPOTHETICAL = [
    ("Boko Haram could launch an insurgency in Chad.", {("group:boko-haram", O, "country:TCD")}),
]
INSURGENCY_NO_CLAIM = [
    # the side fighting an insurgency, backing one, or one waged in no named country; a body placed elsewhere
    "France fought an insurgency in Mali.",
    "Russia backed an insurgency in Ukraine.",
    "Boko Haram has waged an insurgency in the region.",
    "Egypt supported the government in talks.",
]

# Stances stated through nominal arms transfers ("US arms sales to X": stance_nouns _arms_transfers), help verbs
# (assist, aid, find common cause with), a passive "seen as Y's backer" with a perfect participle adjunct,
# targets singled out by "including against", branding an actor a terrorist or threat (kb branding), and a
# possessive in a conjunct bound to the first conjunct ("X and its allies, Y").
NOMINAL_POSITIVE = [
    ("Raytheon took part in the American arms sale to Kuwait approved in May.", {(USA, S, "country:KWT")}),
    ("Paris approved a new weapons sale to Greece.", {("place:paris", S, "country:GRC")}),
    ("Cairo was assisting Khartoum in securing its border.", {("place:cairo", S, "country:SDN")}),
    ("Belarus found common cause with Iran in the region.", {("country:BLR", S, IRN)}),
    ("Ethiopia is widely seen as one of Eritrea's main backers, having supplied it with drones.",
     {("country:ETH", S, "country:ERI")}),
    ("Boko Haram has kept up its attacks, including against Chadian and Nigerien troops.",
     {("group:boko-haram", O, "country:TCD"), ("group:boko-haram", O, "country:NER")}),
    ("Austria views Hezbollah fighters as terrorists.", {("country:AUT", O, "group:hezbollah")}),
    ("Canada designated the Houthis a terrorist organisation.", {("country:CAN", O, "group:houthis")}),
    ("Japan regards North Korea as a threat.", {("country:JPN", O, "country:PRK")}),
    ("Chad and its rebel allies, the Wagner Group, seized the town.", {("group:wagner-group", S, "country:TCD")}),
]
NOMINAL_HYPOTHETICAL = [
    ("Egypt could designate the Muslim Brotherhood a terrorist organisation.",
     {("country:EGY", O, "group:muslim-brotherhood")}),
]
NOMINAL_NO_CLAIM = [
    # no seller named, a sale of no weapons, a verb that is no approval of the sale
    "China condemned arms sales to Taiwan.",
    "Beijing sanctioned the firms over arms sales to Taiwan.",
    "Russia's gas sales to Germany rose.",
    # a brand denied, a partner, an event branded
    "Egypt does not consider Hamas a terrorist group.",
    "Qatar sees Hamas as a partner.",
    "Russia described the attack as a terrorist act.",
    # a relative clause that may belong to either noun
    "Analysts cited Islah, a party linked to the Muslim Brotherhood, which Abu Dhabi regards as a threat.",
]

# Preventing an actor from acting (kb _prevent_from), "X's alliance with Y" (stance_nouns alliance), and forces
# "aligned with X" standing for X (proxy_nouns owner_adjectives).
PREVENT_POSITIVE = [
    ("Forces aligned with the Chadian government prevented Boko Haram from seizing the town.",
     {("country:TCD", O, "group:boko-haram")}),
    ("Kenya blocked Somalia from joining the bloc.", {("country:KEN", O, "country:SOM")}),
    ("Belarus's alliance with Russia has deepened.", {("country:BLR", S, RUS)}),
]
PREVENT_NO_CLAIM = [
    "Egypt stopped the convoy at the border.",
    "Kenya did not prevent Somalia from joining the bloc.",
    "An alliance with Russia was ruled out.",
]

# Country-to-country stances in ordinary wire prose (issue 12, unseen-set misses): weapons launched or fired at
# a state, blame laid on a state, state vessels and jets rammed or shot down, troops sent to a belligerent,
# a war "of aggression against", anti-X campaigns, warnings against, thanks for aid, sanctions packages.
COUNTRY_POSITIVE = [
    ("Syria launched dozens of rockets at Turkey on Friday.", {(SYR, O, TUR)}),
    ("Armenia fired a salvo of shells at Azerbaijan overnight.", {("country:ARM", O, "country:AZE")}),
    ("Georgia blamed the blast on Russia.", {("country:GEO", O, RUS)}),
    ("Ethiopia blamed Eritrea for the ambush.", {("country:ETH", O, "country:ERI")}),
    ("Vietnamese vessels rammed a Chinese coast guard ship.", {("country:VNM", O, "country:CHN")}),
    ("Turkey shot down a Russian warplane near the border.", {(TUR, O, RUS)}),
    ("Greek troops opened fire on Turkish positions.", {("country:GRC", O, TUR)}),
    ("Belarus used drones against Lithuania.", {("country:BLR", O, "country:LTU")}),
    ("Russia invaded Georgia in 2008. Armenia has sent 500 soldiers to Georgia.",
     {(RUS, O, "country:GEO"), ("country:ARM", S, "country:GEO")}),
    ("Iraq's war of aggression against Kuwait ended in 1991.", {("country:IRQ", O, "country:KWT")}),
    ("Cuba resumed anti-American broadcasts.", {("country:CUB", O, USA)}),
    ("Egypt's anti-Ethiopia campaign has intensified.", {("country:EGY", O, "country:ETH")}),
    ("Japan warned China against further incursions.", {("country:JPN", O, "country:CHN")}),
    ("Poland thanked Germany for its military aid.", {("country:DEU", S, "country:POL")}),
    ("Armenia turned to France for military help.", {("country:FRA", S, "country:ARM")}),
    ("The junta in Bamako secured the backing of Russia.", {(RUS, S, "country:MLI")}),
    ("Chad has received drones from Turkey.", {(TUR, S, "country:TCD")}),
    ("Canada adopted a new package of sanctions against Belarus.", {("country:CAN", O, "country:BLR")}),
    ("Romania reaffirmed French support for Moldova.", {("country:FRA", S, "country:MDA")}),
    ("Qatar has provided Somalia with thousands of rifles.", {("country:QAT", S, "country:SOM")}),
    ("Chad's military rulers expelled the German ambassador.", {("country:TCD", O, "country:DEU")}),
    ("The two neighbours, Ethiopia and Eritrea, fought a war from 1998 to 2000.",
     {("country:ETH", O, "country:ERI"), ("country:ERI", O, "country:ETH")}),
    ("Azerbaijan struck Armenian-controlled Lachin.", {("country:AZE", O, "country:ARM")}),
    ("Ukrainian forces struck Russian refineries.", {("country:UKR", O, RUS)}),
    ("Cuban troops are fighting for Venezuela.", {("country:CUB", S, "country:VEN")}),
    ("Serbian troops advanced on Croatian positions.", {("country:SRB", O, "country:HRV")}),
    ("Turkey has occupied a third of Cyprus.", {(TUR, O, "country:CYP")}),
    # (condemning an actor's actions condemns the actor: condemned_acts)
    ("Peru condemned Chile's hostile actions against Bolivia.",
     {("country:CHL", O, "country:BOL"), ("country:PER", O, "country:CHL")}),
    ("Lebanon expelled Syrian military advisers.", {("country:LBN", O, SYR)}),
    ("Thailand and Cambodia traded fire along the border.",
     {("country:THA", O, "country:KHM"), ("country:KHM", O, "country:THA")}),
    ("Moldova has received millions of euros in military aid from Germany.", {("country:DEU", S, "country:MDA")}),    ("Greece and Turkey are bitter rivals.", {("country:GRC", O, TUR), (TUR, O, "country:GRC")}),
    ("Bolivia claims the coast. Chile has accused its neighbour of provocations.", {("country:CHL", O, "country:BOL")}),
    ("Azerbaijani missiles struck Yerevan.", {("country:AZE", O, "country:ARM")}),
    ("Sudan blamed Chad.", {("country:SDN", O, "country:TCD")}),
    ("Egypt struck back at Libya.", {("country:EGY", O, "country:LBY")}),
    # (Kosovo is a country of the kb since session 6: countries.json XKX)
    ("Serbia attacked Kosovo's power grid. Armenia shelled Azerbaijan's oil pipeline.",
     {("country:SRB", O, "country:XKX"), ("country:ARM", O, "country:AZE")}),
    ("Cuba sent doctors and military instructors to help the authorities in Nicaragua and Venezuela.",
     {("country:CUB", S, "country:NIC"), ("country:CUB", S, "country:VEN")}),
    ("Serbia and Croatia, longtime rivals, signed a deal.",
     {("country:SRB", O, "country:HRV"), ("country:HRV", O, "country:SRB")}),
]
COUNTRY_NO_CLAIM = [
    "Russia sent troops to Ukraine.",  # an invasion or help: nothing without a third belligerent
    "Germany sent soldiers to Lithuania. Russia invaded Ukraine and Lithuania protested.",  # no war of Lithuania
    "Kenya blamed the drought for the crop failures.",
    "The ministry blamed the outage on a technical fault.",
    "Armenia launched a new satellite.",
    "Japan warned of heavy rain in the south.",
    "Cuba banned anti-American broadcasts.",
    "Chad thanked Turkey for the invitation.",
    "Chad thanked Turkey for its support for the peace talks.",
    "Malta received a letter from Libya.",
    "Greek boats rescued Turkish fishermen.",
    "Argentina and Chile are rivals for influence in the region.",
    "Both Egypt and Sudan used the talks against the dam project.",
    "Cuban doctors are fighting for better pay.",
    "Moldova received a letter of thanks from Germany.",
    "Peru praised Chile's actions.",
    "Thailand traded rice with Cambodia.",
    "Peru and Chile are rivals for investment.",
    "Turkish-made drones struck Tripoli.",  # the maker is not the one who fired them
    "Sudan blamed the floods for the delay.",
    "Egypt struck back at critics of the dam.",
    "Turkey met Armenia. Azerbaijan accused its neighbour of provocations.",  # two candidates: nobody
    "Greece and Turkey are no longer bitter rivals.",
]
# Condemning an actor's act of force condemns the actor (stance.json condemned_acts).
CONDEMNED_POSITIVE = [
    ("Norway condemned the Chinese strikes on Taiwan.",
     {("country:NOR", O, "country:CHN"), ("country:CHN", O, "country:TWN")}),
    ("Kenya denounced Ethiopia's incursion into Somalia.", {("country:KEN", O, "country:ETH")}),
    ("Chile strongly criticised the air raids by Venezuela.", {("country:CHL", O, "country:VEN")}),
    ("The Serbian offensive was condemned by Croatia.", {("country:HRV", O, "country:SRB")}),
    ("Peru deplored the killings by the Bolivian army.", {("country:PER", O, "country:BOL")}),
    ("Ghana condemned the shelling by the French-led coalition.", {("country:GHA", O, "country:FRA")}),
]
# Helping a government fight, solidarity, light-verb possessives, what an actor owns as the target.
CONDEMNED_POSITIVE += [
    ("Egypt has deployed troops to help the Somali government fight al-Shabaab.",
     {("country:EGY", S, "country:SOM"), ("country:SOM", O, "group:al-shabaab")}),
    ("Hezbollah shelled Israel in solidarity with Hamas.",
     {("group:hezbollah", O, "country:ISR"), ("group:hezbollah", S, "group:hamas")}),
    ("Belarus reaffirmed its solidarity with Cuba and its support for Nicaragua.",
     {("country:BLR", S, "country:CUB"), ("country:BLR", S, "country:NIC")}),
    ("Canada imposed sanctions on Iran's shipping industry.", {("country:CAN", O, "country:IRN")}),
    ("The EU announced sanctions on Belarusian banks.", {("org:eu", O, "country:BLR")}),
]
# Backing an act of force, sums of aid, a titled chief speaking for the state.
CONDEMNED_POSITIVE += [
    ("Serbia openly backed Russia's war against Ukraine.",
     {("country:SRB", S, "country:RUS"), ("country:RUS", O, "country:UKR")}),
    ("Japan has provided Taiwan with millions of dollars in military aid.", {("country:JPN", S, "country:TWN")}),
    ("Chad's army chief accused Sudan of arming the rebels.", {("country:TCD", O, "country:SDN")}),
]
# Claims of responsibility, participles on an appositive, unknown towns seized.
CONDEMNED_POSITIVE += [
    ("Al-Shabaab claimed responsibility for the attack on Kenyan troops.", {("group:al-shabaab", O, "country:KEN")}),
    ("Kataib Hezbollah, a Tehran-backed militia, claimed the drone strike on US forces.",
     {("place:tehran", S, "group:kataib-hezbollah"), ("group:kataib-hezbollah", O, "country:USA")}),
]
# Comitative support, defence pacts, arms packages, vowed revenge, close apposition after an ally noun.
CONDEMNED_POSITIVE += [
    ("With the backing of Turkish drones, Azerbaijani troops advanced.", {("country:TUR", S, "country:AZE")}),
    ("Kenya signed a mutual defence pact with Ethiopia.",
     {("country:KEN", S, "country:ETH"), ("country:ETH", S, "country:KEN")}),
    ("Japan approved a weapons package for the Philippines.", {("country:JPN", S, "country:PHL")}),
    ("Iraq's closest ally Iran sent envoys.", {("country:IRN", S, "country:IRQ")}),
    # a vow of revenge declares the hostility now, whatever comes of the act (as "vowed to retaliate against X")
    ("Armenia vowed revenge against Azerbaijan.", {("country:ARM", O, "country:AZE")}),
]
# Proxies, financiers, passive accusations with the agent first.
CONDEMNED_POSITIVE += [
    ("Hamas, a proxy of Iran, fired rockets.", {("country:IRN", S, "group:hamas")}),
    ("Kuwait, a major financier of the Taliban, denied it.", {("country:KWT", S, "group:taliban")}),
    ("Chad has been accused by rights groups of supplying weapons to the RSF.",
     {("country:TCD", S, "group:rapid-support-forces")}),
]
# Joining a side's war, sides, pitting, fighting between X and Y under a verb.
CONDEMNED_POSITIVE += [
    ("Chad joined Niger's war against Boko Haram.",
     {("country:TCD", S, "country:NER"), ("country:TCD", O, "group:boko-haram"), ("country:NER", O, "group:boko-haram")}),
    ("Qatar joined the Saudi-led coalition against the Houthis.",
     {("country:QAT", S, "country:SAU"), ("country:QAT", O, "group:houthis")}),
    ("The dispute has pitted Morocco against Algeria for decades.",
     {("country:MAR", O, "country:DZA"), ("country:DZA", O, "country:MAR")}),
    ("Eritrea fought on the side of Ethiopia.", {("country:ERI", S, "country:ETH")}),
    ("Heavy fighting erupted between Armenia and Azerbaijan.",
     {("country:ARM", O, "country:AZE"), ("country:AZE", O, "country:ARM")}),
]
CONDEMNED_NO_CLAIM = [
    "Chad joined the talks with Niger.",
    "Herders massed on Chad's side of the border.",
    "Eritrea is not on the side of Ethiopia.",
    "Analysts call it a proxy war.",
    "Chad was accused of corruption by rights groups.",
    "Kenya signed a trade pact with Ethiopia.",               # not a defence pact
    "With the support of donors, Kenya built a new port.",    # no actor helps
    "Armenia sought revenge on the pitch against Azerbaijan's footballers.",
    "Al-Shabaab claimed that the attack was a success.",  # a statement, no act owned toward anyone
    "The rebels seized Kalembe after a week of fighting.",  # an unknown town typed as a person
    "Serbia backed the war on poverty.",                        # an act with no owner
    "Japan has provided millions of dollars in flood relief.",  # no one helped by name
    "Canada imposed sanctions on the shipping industry.",  # nobody's industry
    "The rebels, who hold much of Yemen, said it would keep attacking ships in solidarity with Gaza.",
    "Norway condemned the attack on its embassy.",        # the act's target, not its owner
    "Kenya condemned the Nairobi bombing.",                # a capital in front names the place
    "Chile did not condemn the Venezuelan raids.",         # negated
    "Peru condemned Bolivia's decision to raise tariffs.",  # a policy, not an act of force
    "Ghana condemned the attacks.",                        # nobody's
]
# Reference across sentences and descriptions: an act named before ("the strike"), plural proxies and the same
# pronoun under a reporting verb, the article's home country for "the army", a clause on an act's place,
# "-backed" before a descriptor noun, catenative help, reciprocal fighting, mutual pacts of a list,
# recognition as leader, condemned atrocities, titled leaders without a name (sentences written for these tests).
REFERENCE_POSITIVE = [
    ("Chile carried out an airstrike on Bolivia's border posts. Peru condemned the strike.",
     {("country:CHL", O, "country:BOL"), ("country:PER", O, "country:CHL")}),
    ("Kenyan forces patrolled the border on Friday. They said they had attacked al-Shabaab.",
     {("country:KEN", O, "group:al-shabaab")}),
    ("Norway held talks on Friday. It said it backed Ukraine.", {("country:NOR", S, "country:UKR")}),
    ("Sudan's economy has collapsed. Sudan faces famine. The army accused Chad of arming the rebels.",
     {("country:SDN", O, "country:TCD")}),
    ("Chile's strike on La Paz, which targeted Peru's embassy, was condemned.",
     {("country:CHL", O, "country:BOL"), ("country:CHL", O, "country:PER")}),
    # two sides with a target of their own fight that target, not each other
    ("Bolivia and Ecuador clashed with Colombia.", {("country:BOL", O, "country:COL"), ("country:ECU", O, "country:COL")}),
    ("The Iran-backed Shia militia Kataib Hezbollah fired drones.", {("country:IRN", S, "group:kataib-hezbollah")}),
    ("Belarus helped Russia evade the sanctions.", {("country:BLR", S, RUS)}),
    ("Hamas and Fatah clashed in Nablus.", {("group:hamas", O, "org:fatah"), ("org:fatah", O, "group:hamas")}),
    ("Kenya, Uganda and Rwanda signed a mutual defence pact.",
     {(a, S, b) for a in ("country:KEN", "country:UGA", "country:RWA")
      for b in ("country:KEN", "country:UGA", "country:RWA") if a != b}),
    ("Canada recognised Juan Guaido as interim president.", {("country:CAN", S, "person:juan-guaido")}),
    ("Ghana condemned the massacres committed by the RSF.", {("country:GHA", O, "group:rapid-support-forces")}),
    ("The Turkish president condemned Greece.", {("country:TUR", O, "country:GRC")}),
    ("Malawi provided support to the Congolese army.", {("country:MWI", S, "country:COD")}),
    ("Algeria cut diplomatic ties with Morocco.", {("country:DZA", O, "country:MAR")}),
]
REFERENCE_NO_CLAIM = [
    "Chile and Peru held talks. Bolivia condemned an attack on a bus.",      # an act with no owner
    "Egypt helped Israel and Hamas reach a truce.",                           # helping parties settle is mediation
    "Bolivia, Ecuador and Peru clashed at the summit.",                       # three sides: who fights whom is unsaid
    "Kenya, Uganda and Rwanda signed a trade pact.",                          # not a defence pact
    "Brazil recognised Palestine as a state.",                                # recognising a state
    "Qatar denied reports that its jets had struck Yemen.",                   # a denied report
    "Chile and Peru are neighbours. The army said it was ready.",             # no clear home country
    "Belarus did not help Russia evade the sanctions.",                       # negated
]
# Roles, attacks suffered, joint acts, decisions to attack, censure, people of a group, adjunct polarity.
REFERENCE_POSITIVE += [
    ("Belarus has emerged as Russia's main arms supplier.", {("country:BLR", S, RUS)}),
    ("Estonia remains under attack from Russian forces.", {(RUS, O, "country:EST")}),
    ("Kenya is conducting joint operations with Somali troops against al-Shabaab.",
     {("country:KEN", S, "country:SOM"), ("country:KEN", O, "group:al-shabaab")}),
    ("Norway condemned Chile's decision to bomb Bolivian bridges.", {("country:NOR", O, "country:CHL")}),
    ("Peru's president called out Bolivia for arming the rebels.", {("country:PER", O, "country:BOL")}),
    ("Chilean forces said they killed Juan Perez, one of Hezbollah's senior commanders.",
     {("country:CHL", O, "person:juan-perez"), ("country:CHL", O, "group:hezbollah")}),
    ("Chile has not sanctioned Peru following Bolivia's invasion of Ecuador.", {("country:BOL", O, "country:ECU")}),
    ("The Polisario Front, representing the Sahrawis and backed by Algeria, held talks.",
     {("country:DZA", S, "group:polisario")}),
    ("The US treasury department said it was imposing sanctions on Peru.", {("country:USA", O, "country:PER")}),
    ("Egypt has dispatched military advisers to Somalia.", {("country:EGY", S, "country:SOM")}),
]
# Measures and acts named with their author, hyphenated sides, suppliers of goods, measures suffered.
REFERENCE_POSITIVE += [
    ("Canadian sanctions on Nicaragua have hurt its banks.", {("country:CAN", O, "country:NIC")}),
    ("Chile denounced Peruvian interference in its elections.", {("country:CHL", O, "country:PER")}),
    ("Iraq's fight against the Islamic State continues.", {("country:IRQ", O, "group:islamic-state")}),
    ("The China-Pakistan alliance has deepened.",
     {("country:CHN", S, "country:PAK"), ("country:PAK", S, "country:CHN")}),
    ("Belarus is the main supplier of shells to Russia.", {("country:BLR", S, RUS)}),
    ("Cuba faces new sanctions from Canada.", {("country:CAN", O, "country:CUB")}),
]
# Passive designations, a group's members, warring, the home country's forces.
REFERENCE_POSITIVE += [
    ("The ELN was designated a terrorist group by Colombia and Peru.",
     {("country:COL", O, "group:eln"), ("country:PER", O, "group:eln")}),
    ("Chile killed 17 members of the ELN.", {("country:CHL", O, "group:eln")}),
    ("The ELN, warring against Colombia since 1964, seized a town.", {("group:eln", O, "country:COL")}),
    ("Colombia's talks stalled. Colombia faces floods. The ELN attacked security forces.",
     {("group:eln", O, "country:COL")}),
]
# Acts stated by verbs and referred back to, condemnation as a noun, described countries, a time phrase
# before 'between'.
REFERENCE_POSITIVE += [
    ("Chile struck Bolivian boats. Peru condemned the action.",
     {("country:CHL", O, "country:BOL"), ("country:PER", O, "country:CHL")}),
    ("Peru expressed condemnation of the Chilean strikes on Bolivia.",
     {("country:PER", O, "country:CHL"), ("country:CHL", O, "country:BOL")}),
    ("Cuba held talks. Canada imposed sanctions to punish the communist country.", {("country:CAN", O, "country:CUB")}),
    ("A conflict has raged since 2023 between Chile and the ELN.",
     {("country:CHL", O, "group:eln"), ("group:eln", O, "country:CHL")}),
]
# Shows of force condemned, commitments to an actor's defence, support for an actor's sovereignty.
REFERENCE_POSITIVE += [
    ("The envoys of Chile and Peru condemned Bolivia's latest missile launch.",
     {("country:CHL", O, "country:BOL"), ("country:PER", O, "country:BOL")}),
    ("Chile condemned a ballistic missile test carried out by Bolivia.", {("country:CHL", O, "country:BOL")}),
    ("Canada reaffirmed its commitment to the defence of Estonia.", {("country:CAN", S, "country:EST")}),
    ("Norway reaffirmed its support for Georgia's sovereignty and territorial integrity.",
     {("country:NOR", S, "country:GEO")}),
]
# An act relativised as the object of blame, an attack on an actor's territory.
REFERENCE_POSITIVE += [
    ("The killing of the envoy, an act Chile blames on Peru, raised tensions.", {("country:CHL", O, "country:PER")}),
    ("Bolivia shelled Peruvian territory.", {("country:BOL", O, "country:PER")}),
]
REFERENCE_NO_CLAIM += [
    "The rebels say they are fighting for the rights of the Tutsis.",   # a community's rights, not an actor
    "Chile condemned an Intercontinental missile test.",                  # nobody's test
]
REFERENCE_NO_CLAIM += [
    "Cuba and Peru held talks. Canada imposed sanctions to punish the other country.",  # points elsewhere
    "Chile did not strike Bolivia. Peru condemned the action.",                        # no act to refer to
]
REFERENCE_NO_CLAIM += [
    "Chile and Peru held talks. The ELN attacked security forces.",   # no home country: nobody's forces
    "The ELN was designated a priority by the ministry.",              # no actor designates, no brand
]
REFERENCE_NO_CLAIM += [
    "Canada lifted its sanctions on Nicaragua.",               # a measure ended
    "The easing of Canadian sanctions on Nicaragua helped.",    # a measure ended
    "The Chile-Peru war ended in 1883.",                        # a war named by its sides names an event
    "The Lima-Quito talks stalled.",                            # capitals name the venue
    "Belarus is the main supplier of potash to China.",         # goods that are no help in war
    "Cuba faces new sanctions.",                                # no author
]
REFERENCE_NO_CLAIM += [
    "Kenya is conducting joint exercises with Somali troops.",      # cooperation, no hostile phrase
    "Estonia is under pressure from its creditors.",                # not an attack
    "Norway criticised Chile's decision to raise tariffs.",         # a policy, not an act of force
    "Peru's president called out the troops.",                      # a deployment, no censure
    "Qatar cut its ties to the Muslim Brotherhood.",                # ending an affiliation is no hostility
]
# A manner complement between the verb and its phrase; headings on lines of their own before quoted speech.
REFERENCE_POSITIVE += [
    ("Peru stands strong with Chile against the cartels.", {("country:PER", S, "country:CHL")}),
    ("Peru stands firmly behind Chile.", {("country:PER", S, "country:CHL")}),
]
REFERENCE_NO_CLAIM += [
    "Peruvian President Ana Gomez\n\u201cA terrible attack has struck Chile,\u201d Gomez wrote.",  # a heading is no doer
    "Peruvian President Ana Gomez\n\u201cWe condemn the attack on tourists,\u201d Gomez said.",  # nobody's attack
    "Chile being a Euro-Atlantic alliance partner, Peru held talks.",   # a prefix is no side of an alliance
    "Peru stands strong with its economy.",                             # no actor
    "Chile seized the tanker Blue Horizon.",                            # a ship's name is no actor
    "The Communist authorities condemned the vote.",                    # an adjective is no actor
]
REFERENCE_POSITIVE += [
    ("Peru accused the Communist authorities in Cuba of corruption.", {("country:PER", O, "country:CUB")}),
    # an alliance the coordinated sides own together and form or strengthen
    ("Chile, Peru and Ecuador formalized their alliance into a confederation.",
     {("country:CHL", S, "country:PER"), ("country:CHL", S, "country:ECU"), ("country:PER", S, "country:CHL"),
      ("country:PER", S, "country:ECU"), ("country:ECU", S, "country:CHL"), ("country:ECU", S, "country:PER")}),
    ("The juntas of Chile and Peru cemented their alliance.", {("country:CHL", S, "country:PER"),
                                                             ("country:PER", S, "country:CHL")}),
]
# A gerund after a participle that describes its doer; a second by-phrase as the first's conjunct.
REFERENCE_POSITIVE += [
    ("Peru said it was focused on waging a war against the ELN.", {("country:PER", O, "group:eln")}),
    ("Chile is committed to fighting the ELN.", {("country:CHL", O, "group:eln")}),
    ("The ELN has been designated a terrorist group not only by Peru, but by Chile and Canada.",
     {("country:PER", O, "group:eln"), ("country:CHL", O, "group:eln"), ("country:CAN", O, "group:eln")}),
]
REFERENCE_NO_CLAIM += [
    "Chile is opposed to backing the ELN.",                     # the gerund is what Chile rejects
    "Chile was focused on trade with Peru.",                    # no stance
]
REFERENCE_NO_CLAIM += [
    "Chile and Peru ended their alliance in 1990.",            # an ended tie
    "Chile and Peru discussed their alliance.",                 # no forming or strengthening
    "Chile and Peru did not renew their alliance.",             # negated
    "The two countries formalized their alliance.",             # no named sides
]
# Session 8: diplomats posted at a body act for their state; rival / proxy forces are not the possessor's own;
# a plural act noun the tagger takes for a verb; a list of attacked things past a target with no owner;
# an attributive "-backed" outside the clause's negation.
POSTED_POSITIVE = [
    ("Chile's UN ambassador accused Bolivia of arming the rebels.", {("country:CHL", O, "country:BOL")}),
    ("The Peruvian UN envoy condemned Ecuador.", {("country:PER", O, "country:ECU")}),
    ("The UN envoy condemned the Houthis.", {("org:un", O, "group:houthis")}),
    ("US strikes against the Houthis were a response to the attacks.", {(USA, O, "group:houthis")}),
    ("Al-Shabaab began attacking fishing boats and Kenyan warships in May.", {("group:al-shabaab", O, "country:KEN")}),
    ("The US did not strike the Iran-backed Houthis.", {(IRN, S, "group:houthis")}),
    ("Chile carried out a strike against Iran-backed Houthis.", {("country:CHL", O, "group:houthis"), (IRN, S, "group:houthis")}),
    ("Uganda armed Kenya's forces.", {("country:UGA", S, "country:KEN")}),
]
POSTED_NO_CLAIM = [
    "Uganda armed Kenya's rival paramilitary force.",           # the rival of Kenya's government is not Kenya's
    "Iranian proxy militias attacked the convoy.",              # a proxy is not its patron (and no target)
    "Russia strikes many observers as cautious.",               # 'strikes' as a verb of seeming, no act of force
    "Norway summoned the Bolivian ambassador for talks.",        # a summons (GUIDELINES rule 3: CAMEO 14 protest)
]
# an act noun's agent in a "from" phrase, a target phrase the parser hangs on the agent, a nominal gerund
# after a preposition, and a military site named by its user
AGENT_POSITIVE = [
    ("Attacks from al-Shabaab against Kenya continued all week.", {("group:al-shabaab", O, "country:KEN")}),
    ("Attacks by Hezbollah on Cyprus resumed.", {("group:hezbollah", O, "country:CYP")}),
    ("Strikes from Chilean and Peruvian forces against the Houthis began on Friday.",
     {("country:CHL", O, "group:houthis"), ("country:PER", O, "group:houthis")}),
    ("Thousands have been displaced by fighting between the Taliban and Pakistan.",
     {("group:taliban", O, "country:PAK"), ("country:PAK", O, "group:taliban")}),
    ("Norway bombed several sites used by the Houthis.", {("country:NOR", O, "group:houthis")}),
    ("Chile struck facilities operated by Peru's navy.", {("country:CHL", O, "country:PER")}),
    # units of a state's forces act for it
    ("Chadian battalions fought Boko Haram.", {("country:TCD", O, "group:boko-haram")}),
    ("Norway has been arming Chilean special forces units.", {("country:NOR", S, "country:CHL")}),
]
AGENT_NO_CLAIM = [
    "Attacks from Lebanon on Cyprus resumed.",            # a country after 'from' is where they came from
    "Strikes from the air against the Houthis continued.",  # no actor as agent, so none
    "They were accused of fighting between sessions.",     # a gerund with no sides
    "He was wounded while fighting between Kabul and Herat.",  # places, not sides
    "Norway bombed roads used by the Houthis.",            # a road is not a military site
]
# an accuser opposes the accused, also without 'accuse'
ATTRIBUTION_POSITIVE = [
    ("Chile alleged that Peru had armed the rebels.", {("country:CHL", O, "country:PER")}),
    ("Norway charged that Russia had jammed its satellites.", {("country:NOR", O, "country:RUS")}),
    ("Kenya said al-Shabaab was responsible for the bombing.", {("country:KEN", O, "group:al-shabaab")}),
    ("Chile claimed Peru was behind the attacks.", {("country:CHL", O, "country:PER")}),
    ("Iraq holds Iran responsible for the killing.", {("country:IRQ", O, "country:IRN")}),
    ("Peru said the Houthis carried out the raid.", {("country:PER", O, "group:houthis")}),
]
ATTRIBUTION_NO_CLAIM = [
    "Hezbollah said it carried out the strike.",                # the speaker's own act
    "Chile did not say Peru was behind the attack.",            # a negated accusation
    "Chile said Peru was behind the peace talks.",              # no act of force laid at Peru's door
    "Kenya said Somalia was responsible for security at the border.",
    "Peru said Chile carried out the census.",
    "Chile charged the suspects with fraud.",                   # no clause, no actor accused
]
# more verbs of giving arms or aid, and support as what is given
GIVING_POSITIVE = [
    ("Norway pledged 300 million euros in military aid to Chile.", {("country:NOR", S, "country:CHL")}),
    ("Peru has been funnelling weapons to the Houthis.", {("country:PER", S, "group:houthis")}),
    ("Chile smuggles rockets to Hamas.", {("country:CHL", S, "group:hamas")}),
    ("Norway has provided Peru with air support.", {("country:NOR", S, "country:PER")}),
    ("Chile reinforced Peru's army with two battalions.", {("country:CHL", S, "country:PER")}),
]
GIVING_NO_CLAIM = [
    "Norway sent no weapons to the Houthis.",                # a negating determiner on what was given
    "Chile has not provided Peru with any support.",
    "Norway pledged new funding to the museum.",             # no actor, no arms
    "Norway reinforced its troops along the border with Sweden.",  # its own troops
]
# a place taken from its holder; a counteroffensive as an offensive
TAKING_POSITIVE = [
    ("Norway seized Svalbard from Russia in 1920.", {("country:NOR", O, "country:RUS")}),
    ("Chile recaptured the town from Peru.", {("country:CHL", O, "country:PER")}),
    ("Chile launched a counteroffensive against Peruvian forces.", {("country:CHL", O, "country:PER")}),
]
TAKING_NO_CLAIM = [
    "Customs officers seized a shipment from Chile.",   # where the shipment came from, not whom it was taken from
    "Chile did not seize the town from Peru.",
    "Norway seized a tanker from Peru.",                 # not a place: 'from Peru' may be where it sailed from
    "Chilean troops attacked Islamic State-linked insurgents.",  # an affiliate is not the group itself
    "Peruvian soldiers retook two villages from al-Qaeda-affiliated fighters.",
]
# Founding an alliance (sentences written for these tests): the founders ally with each other and with a
# "with" partner, a named alliance included; a list the parser cut before its last item keeps every item.
FOUNDING_POSITIVE = [
    ("Chad and Sudan formed a new alliance.", {("country:TCD", S, "country:SDN"), ("country:SDN", S, "country:TCD")}),
    ("Kenya forged an alliance with Ethiopia.", {("country:KEN", S, "country:ETH"), ("country:ETH", S, "country:KEN")}),
    ("Peru and Chile set up a military coalition.", {("country:PER", S, "country:CHL"), ("country:CHL", S, "country:PER")}),
    ("Chad, Niger and Sudan established the Alliance of Sahel States in 2023.",
     {(a, S, b) for a in ("country:TCD", "country:NER", "country:SDN")
      for b in ("country:TCD", "country:NER", "country:SDN") if a != b}),
    ("The summit opened a day after Chad, Niger, and Sudan signed a defence pact.",
     {(a, S, b) for a in ("country:TCD", "country:NER", "country:SDN")
      for b in ("country:TCD", "country:NER", "country:SDN") if a != b}),
    # a place's apposition before ", and X" is no list item
    ("Talks opened in Geneva, Switzerland, and Russia condemned Ukraine.", {(RUS, O, "country:UKR")}),
]
FOUNDING_NO_CLAIM = [
    "Chad formed an alliance.",
    "Chad did not form an alliance with Sudan.",
    "Chad and Sudan left the alliance.",
    "The US-led coalition was formed in 2014.",
]
# A state's adjective on a patron noun whose ward is named; sanctions whose target hangs on the agent.
FOUNDING_POSITIVE += [
    ("Khalifa Haftar's Emirati backers were furious.", {("country:ARE", S, "person:khalifa-haftar")}),
    ("The Houthis' Iranian patrons denied the report.", {(IRN, S, "group:houthis")}),
    ("Sanctions imposed by the African Union on Mali and Guinea remain in force.",
     {("org:african-union", O, "country:MLI"), ("org:african-union", O, "country:GIN")}),
]
FOUNDING_NO_CLAIM += [
    "Russian critics of Putin were arrested.",         # Russians, not Russia
    "Abdrabbuh Mansur Hadi's Yemeni allies were furious.",  # the ward's own country
    "The sanctions imposed by Canada on Cuba were lifted in May.",
]
# A body aimed at an enemy: who leads, forms or joins it opposes that enemy; aid coming to X, arms poured into X.
FOUNDING_POSITIVE += [
    ("Chile leads a coalition against the Tamil Tigers.", {("country:CHL", O, "group:ltte")}),
    ("Peru joined the regional force fighting the Tamil Tigers.", {("country:PER", O, "group:ltte")}),
    ("Chile headed the alliance that battled Boko Haram.", {("country:CHL", O, "group:boko-haram")}),
    ("Norway came to the aid of Iceland.", {("country:NOR", S, "country:ISL")}),
    ("Canada has poured weapons into Ukraine.", {("country:CAN", S, "country:UKR")}),
]
FOUNDING_NO_CLAIM += [
    "Peru joined the coalition formed by Chile.",
    "Peru did not join the coalition against the Tamil Tigers.",
    "Investors poured money into Ukraine.",
]
# Reciprocal objects; a subordinate clause whose subject the parser took for a preposition's object; military
# aid as a stance noun; a country's possessive on an insurgent noun is where the group is, not its owner.
FOUNDING_POSITIVE += [
    ("Chile and Peru accused each other of violating the truce.",
     {("country:CHL", O, "country:PER"), ("country:PER", O, "country:CHL")}),
    ("Chile and Peru have backed one another for years.",
     {("country:CHL", S, "country:PER"), ("country:PER", S, "country:CHL")}),
    ("Tension rose as Chile and Peru accused each other of violating the truce.",
     {("country:CHL", O, "country:PER"), ("country:PER", O, "country:CHL")}),
    ("Prices rose after Chile invaded Peru.", {("country:CHL", O, "country:PER")}),
    ("Norway has announced an additional package of military aid for Ukraine.", {("country:NOR", S, "country:UKR")}),
    ("The US approved security assistance for Taiwan.", {(USA, S, "country:TWN")}),
    ("Lebanon's Iran-backed Shia movement Hezbollah denied the report.", {(IRN, S, "group:hezbollah")}),
]
FOUNDING_NO_CLAIM += [
    "Chile and Peru met each other.",
    "Chile and Peru did not accuse each other.",
    "Norway announced humanitarian aid for Gaza.",
    "Yemen's Iran-backed rebels denied the report.",   # rebels in Yemen, not Yemen's own
]
# A conflict noun the tagger calls an adjective; weakening an actor.
FOUNDING_POSITIVE += [
    ("Chilean troops pressed ahead with their so-called counteroffensive against Peruvian troops.",
     {("country:CHL", O, "country:PER")}),
    ("Peru had significantly weakened the Tamil Tigers.", {("country:PER", O, "group:ltte")}),
]
FOUNDING_NO_CLAIM += [
    "Sanctions weakened Chile.",
    "Chile weakened its own economy.",
]
# Forces sent with arms are help; an act that draws condemnation from Y is condemned by Y.
FOUNDING_POSITIVE += [
    ("Kenya sent troops and weapons to Somalia.", {("country:KEN", S, "country:SOM")}),
    ("Chile's strikes on Peru drew condemnation from Bolivia.",
     {("country:CHL", O, "country:PER"), ("country:BOL", O, "country:CHL")}),
    ("The Russian invasion drew sharp criticism from Japan.", {("country:JPN", O, RUS)}),
]
FOUNDING_NO_CLAIM += [
    "Kenya sent troops to Somalia.",
    "The plan drew condemnation from Japan.",
]
# Stance verbs the small model loses between two names, read on the word sequence.
FOUNDING_POSITIVE += [
    ("Iran funds and arms Hamas.", {(IRN, S, "group:hamas")}),
    ("Egypt and the UAE back Khalifa Haftar.",
     {("country:EGY", S, "person:khalifa-haftar"), ("country:ARE", S, "person:khalifa-haftar")}),
    ("Iran arms Hamas fighters.", {(IRN, S, "group:hamas")}),
]
FOUNDING_NO_CLAIM += [
    "Iran's arms Hamas said were seized.",
    "US sanctions Iran imposed were lifted.",
    "Russia and Iran back Assad's decision.",
]
# A singular appositive describes the conjunct it follows, not the whole coordination.
FOUNDING_POSITIVE += [
    ("Fears grew of a war that could draw in Russia and Turkey, an ally of Azerbaijan.",
     {("country:TUR", S, "country:AZE")}),
]
FOUNDING_POSITIVE += [
    ("Tigrayan forces fired rockets at Eritrea.", {("group:tplf", O, "country:ERI")}),
]
FOUNDING_NO_CLAIM += [
    "Chile condemned the move as an attempt to annex land, with Peru also denouncing it.",  # 'it' is the move
]
# Friends, standing disputes between states, security pacts, an abbreviation glued to a participle.
FOUNDING_POSITIVE += [
    ("Russia and Iran are real friends of Venezuela.", {(RUS, S, "country:VEN"), (IRN, S, "country:VEN")}),
    ("Egypt has long been at odds with Ethiopia.", {("country:EGY", O, "country:ETH")}),
    ("Kenya and Somalia signed a security pact.", {("country:KEN", S, "country:SOM"), ("country:SOM", S, "country:KEN")}),
    ("The U.S.-backed Syrian Democratic Forces objected.", {(USA, S, "group:sdf")}),
]
FOUNDING_NO_CLAIM += [
    "Egypt is no friend of Ethiopia.",
    "Angola has been at odds with OPEC over its output quota.",   # a policy dispute with a body
    "Kenya and Somalia signed a trade agreement.",
]
FOUNDING_HYPOTHETICAL = [
    ("Peru may join a coalition against the Tamil Tigers.", {("country:PER", O, "group:ltte")}),
]
CONDEMNED_HYPOTHETICAL = [
    ("Norway may condemn the Chinese strikes.", {("country:NOR", O, "country:CHN")}),
    # a claim stated by a noun takes the mood of its clause
    ("If Canada attempts to reimpose sanctions on Cuba, talks will collapse.", {("country:CAN", O, "country:CUB")}),
]
COUNTRY_HYPOTHETICAL = [
    ("Iran could launch missiles at Israel.", {(IRN, O, "country:ISR")}),
    ("If Georgia blames Russia for the attack, talks will stall.", {("country:GEO", O, RUS)}),
]
COUNTRY_HYPOTHETICAL += [
    ("Chile and Peru may formalize their alliance.", {("country:CHL", S, "country:PER"), ("country:PER", S, "country:CHL")}),
]

# Session 11 (read from judge sets H and J): quantity objects, counted states past a capital, branding by a
# reduced relative.
SESSION11_POSITIVE = [
    # session 11: the PP of a firing verb hung from the quantity noun of its object
    ("Iran fired a barrage of missiles at Israel overnight.", {("country:IRN", "opposes", "country:ISR")}),
    # a capital named as a place (and its description) is not one of 'the three countries'
    ("Mali, Niger and Burkina Faso left the bloc in January. ECOWAS, with its headquarters in Abuja, the capital of "
     "Nigeria, had imposed sanctions on the three countries.",
     {("org:ecowas", "opposes", "country:MLI"), ("org:ecowas", "opposes", "country:NER"),
      ("org:ecowas", "opposes", "country:BFA")}),
    # branding by a reduced relative, also when the small model joins it to the main verb; adversary nouns
    ("The collapse of the regime poses a risk to the Syrian Democratic Forces (SDF), viewed as adversaries by Turkey.",
     {("country:TUR", "opposes", "group:sdf")}),
    ("Hamas, seen as a terrorist group by Israel, runs Gaza.", {("country:ISR", "opposes", "group:hamas")}),
    ("Ankara regards the YPG as an adversary.", {("place:ankara", "opposes", "group:ypg")}),
]
SESSION11_NO_CLAIM = [
    "Hamas, seen as a partner by Qatar, runs Gaza.",
    "The deal was signed in Nairobi, viewed as a hub by investors.",
    "Iran fired a barrage of questions at the inspectors.",
]

# Session 11 (read from judge set L): a war's happening in a relative clause, a participle locked in a war, allies
# of a side, a coordination the parser cut, 'anti-' owners, ordered sanctions, a possessor read as a second
# object, an EFE dateline.
SESSION11_POSITIVE += [
    ("The war that erupted in 2019 between Kenya and Uganda has displaced thousands.",
     {("country:KEN", "opposes", "country:UGA"), ("country:UGA", "opposes", "country:KEN")}),
    ("The RSF paramilitaries, locked in a war against the Sudanese army since 2023, lost ground.",
     {("group:rapid-support-forces", "opposes", "country:SDN")}),
    ("Later there was a skirmish between the M23 and Congolese forces and their allies.",
     {("group:m23", "opposes", "country:COD"), ("country:COD", "opposes", "group:m23")}),
    ("The war in Sudan between forces loyal to General Abdel Fattah al-Burhan and the paramilitary RSF began in 2023.",
     {("person:abdel-fattah-al-burhan", "opposes", "group:rapid-support-forces"),
      ("group:rapid-support-forces", "opposes", "person:abdel-fattah-al-burhan")}),
    ("Rwanda blames DR Congo for supporting anti-Kigali militias.", {("country:RWA", "opposes", "country:COD")}),
    ("The United States ordered sanctions against Mohamed Hamdan Dagalo.",
     {("country:USA", "opposes", "person:mohamed-hamdan-dagalo")}),
    ("The European Union has imposed sanctions on the leader of Sudan\u2019s Rapid Support Forces.",
     {("org:eu", "opposes", "group:rapid-support-forces")}),
    ("Madrid, Mar. 3 (EFE).- The European Union imposed sanctions on M23 commanders on Monday.",
     {("org:eu", "opposes", "group:m23")}),
]
SESSION11_NO_CLAIM += [
    "A war that could erupt between Kenya and Uganda worries investors.",
]

# Session 11 (read from judge set M): an alliance or defence pact between named sides, a state organ owned by the
# state named around it, a possessive bound to its clause's subject.
SESSION11_POSITIVE += [
    ("Beijing denounced a new security alliance between the United States, Britain and Australia.",
     {("country:USA", "supports", "country:GBR"), ("country:USA", "supports", "country:AUS"),
      ("country:GBR", "supports", "country:USA"), ("country:GBR", "supports", "country:AUS"),
      ("country:AUS", "supports", "country:USA"), ("country:AUS", "supports", "country:GBR")}),
    ("The defence pact between Egypt and Somalia angered Ethiopia.",
     {("country:EGY", "supports", "country:SOM"), ("country:SOM", "supports", "country:EGY")}),
    ("Vietnam\u2019s Ministry of Foreign Affairs condemned China on Thursday.", {("country:VNM", "opposes", "country:CHN")}),
    ("The Ministry of Foreign Affairs of Vietnam condemned China on Thursday.", {("country:VNM", "opposes", "country:CHN")}),
]
SESSION11_NO_CLAIM += [
    "The former alliance between Kenya and Uganda collapsed.",
    "A possible alliance between Kenya and Uganda worries investors.",
    "The trade agreement between Kenya and Uganda took effect.",
    "The growing partnership between Kenya and Uganda worries investors.",
    "A closer alliance between Kenya and Uganda would worry investors.",
    "The Pentagon said the systems will help Ukraine protect its troops against drones.",
]

# Session 11 (set L): a place seized is taken from the country the phrase puts it in.
SESSION11_POSITIVE += [
    ("M23 captured Bukavu in eastern DR Congo.", {("group:m23", "opposes", "country:COD")}),
    ("Al-Shabaab seized the town, the capital of Gedo region in Somalia, on Friday.",
     {("group:al-shabaab", "opposes", "country:SOM")}),
]
SESSION11_NO_CLAIM += [
    "Sudan's army seized weapons in Chad.",
]

# Session 11 (set L): taking control of a state or of a place in or owned by a state.
SESSION11_POSITIVE += [
    ("The Taliban seized control of Afghanistan in 2021.", {("group:taliban", "opposes", "country:AFG")}),
    ("M23 took control of Goma in eastern Congo.", {("group:m23", "opposes", "country:COD")}),
    ("The M23 group took control of eastern Congo's main city of Goma.", {("group:m23", "opposes", "country:COD")}),
]
SESSION11_NO_CLAIM += [
    "Kenya took control of the talks in Uganda.",
]

# Session 11 (precision, read from sets N and O after their unseen scoring): an attack predicated as only likely;
# a name the model types as a person among the towns missiles were launched at.
SESSION11_NO_CLAIM += [
    "Pashinyan said a fresh Azerbaijani attack on Armenia was very likely.",
    "Iranian forces launched missiles at several Israeli cities, including Haifa and Bat Yam.",
]

# Session 12 (read from judge sets N, O, P and Q): a pledge, vow or threat states the stance now; a state office noun
# owned by its country; an 'issued' condemnation; a hyphen participle hung on the noun after the name (headlines);
# legal cases and complaints; a recall citing its reason; a pact providing for mutual assistance; a rival
# government is its own actor, not the state.
SESSION12_POSITIVE = [
    ("Moscow has pledged to equip the armies of Mali and Niger with drones and trainers.",
     {("place:moscow", "supports", "country:MLI"), ("place:moscow", "supports", "country:NER")}),
    ("Ankara vowed to defend Baku against any attack.", {("place:ankara", "supports", "country:AZE")}),
    ("China threatened to strike Taiwan if it declared independence.", {("country:CHN", "opposes", "country:TWN")}),
    ("The British Foreign Secretary criticised Iran on Tuesday.", {("country:GBR", "opposes", IRN)}),
    ("Iran's representative at the talks accused Israel of sabotage.", {(IRN, "opposes", "country:ISR")}),
    ("Egypt issued a sharp condemnation of Ethiopia.", {("country:EGY", "opposes", "country:ETH")}),
    ("Iran-Backed Houthis Launch New Offensive on Marib", {(IRN, "supports", "group:houthis")}),
    ("The US-backed Kurdish-led Syrian Democratic Forces control the east.", {("country:USA", "supports", "group:sdf")}),
    ("Nicaragua filed a complaint against Germany at the World Court.", {("country:NIC", "opposes", "country:DEU")}),
    ("Colombia joined the case against Israel.", {("country:COL", "opposes", "country:ISR")}),
    ("Bolivia recalled its ambassador to Israel, citing the bombardment of Gaza.",
     {("country:BOL", "opposes", "country:ISR")}),
    ("Mali and Russia signed a treaty providing for mutual military assistance.",
     {("country:MLI", "supports", RUS), (RUS, "supports", "country:MLI")}),
    ("Turkey has reinforced GNA forces with air defence systems.",
     {("country:TUR", "supports", "group:government-of-national-accord")}),
    # (these six were hypothetical before session 12: the act threatened or promised is to come, the stance is not)
    ("China vowed to punish Lithuania.", {("country:CHN", "opposes", "country:LTU")}),
    ("Turkey threatened to sanction Israel.", {(TUR, "opposes", "country:ISR")}),
    ("Israel vowed to destroy Hamas.", {("country:ISR", "opposes", "group:hamas")}),
    ("Somalia vowed to defeat al-Shabaab.", {("country:SOM", "opposes", "group:al-shabaab")}),
    ("Egypt threatened to cut ties with Qatar.", {("country:EGY", "opposes", "country:QAT")}),
    ("Egypt and Sudan met, and the two countries pledged to back Somalia.",
     {("country:EGY", "supports", "country:SOM"), ("country:SDN", "supports", "country:SOM")}),
]
# a co-agent of an act of force ("together with", a subject's "alongside"); 'with support from' conjoined with it;
# a body named as the forum of a complaint is not its source
SESSION12_POSITIVE += [
    ("Kenyan forces, together with Ugandan troops, launched strikes against al-Shabaab.",
     {("country:KEN", "supports", "country:UGA"), ("country:UGA", "supports", "country:KEN"),
      ("country:KEN", "opposes", "group:al-shabaab"), ("country:UGA", "opposes", "group:al-shabaab")}),
    ("French troops, with support from Chad and Niger, attacked jihadist bases.",
     {("country:TCD", "supports", "country:FRA"), ("country:NER", "supports", "country:FRA")}),
    ("Ghana filed an AU complaint against Togo.", {("country:GHA", "opposes", "country:TGO")}),
]
# an effort of force under way (try, attempt, seek) states the hostility; a plan to ally does not
SESSION12_POSITIVE += [
    ("Ethiopian troops have encircled the town, trying to crush the TPLF.", {("country:ETH", "opposes", "group:tplf")}),
    ("Al-Shabaab has attempted to overthrow Somalia's government.", {("group:al-shabaab", "opposes", "country:SOM")}),
]
# a diplomatic protest lodged with or conveyed to a state; sanctions as a 'set' or 'placed'; a gapped accusation
SESSION12_POSITIVE += [
    ("Manila lodged a formal protest with Beijing on Monday.", {("place:manila", "opposes", "country:CHN")}),
    ("Ghana conveyed a protest to the Togolese ambassador in Accra.", {("country:GHA", "opposes", "country:TGO")}),
    ("Canada has implemented a new set of sanctions against Iran.", {("country:CAN", "opposes", IRN)}),
    ("Japan placed sanctions on North Korea.", {("country:JPN", "opposes", "country:PRK")}),
    ("Chile accused Peru of lying and Bolivia of cheating.",
     {("country:CHL", "opposes", "country:PER"), ("country:CHL", "opposes", "country:BOL")}),
]
# supporting a side's fight is joining it; a plural object taken up by 'they' in a later clause of its sentence
SESSION12_POSITIVE += [
    ("Kenya sent troops to Somalia to support the fight against al-Shabaab.",
     {("country:KEN", "supports", "country:SOM"), ("country:KEN", "opposes", "group:al-shabaab")}),
    ("Iran backed the Houthis' war against Saudi Arabia.",
     {(IRN, "supports", "group:houthis"), ("group:houthis", "opposes", SAU)}),
    ("The UAE pulled its troops out of Yemen, where they had been fighting the Houthis.",
     {("country:ARE", "opposes", "group:houthis")}),
]
# (set S) support for one side against another; snapping ties; a commissioner speaks for the state
SESSION12_POSITIVE += [
    ("Chad pledged military support for Niger against ECOWAS intervention.",
     {("country:TCD", "supports", "country:NER"), ("country:TCD", "opposes", "org:ecowas")}),
    ("Peru snapped diplomatic ties with Ecuador.", {("country:PER", "opposes", "country:ECU")}),
    ("Colombia's peace commissioner accused the ELN of plotting an assassination.",
     {("country:COL", "opposes", "group:eln")}),
]
SESSION12_POSITIVE += [
    ("US jets struck five Kataib Hizbullah sites in Iraq.", {("country:USA", "opposes", "group:kataib-hezbollah")}),
]
SESSION12_POSITIVE += [
    # (set V) a hyphenated backer before a government noun is not its owner
    ("Egypt backs Haftar, while the UN-backed government is supported by Turkey.",
     {("country:EGY", "supports", "person:khalifa-haftar")}),
]
SESSION12_HYPOTHETICAL = [
    ("Russia may pledge to support Mali.", {(RUS, "supports", "country:MLI")}),
]
SESSION12_NO_CLAIM = [
    "The US threatened to cut aid to Colombia.",
    "India and Nepal signed a treaty on mutual legal assistance.",
    "Kenya and Uganda signed a treaty on comprehensive strategic partnership.",
    "The case against him was dropped.",
    "The party secretary praised the new policy.",
    "Kenya's president, together with Uganda's leader, visited Juba.",
    "Thousands joined protests against Israel in Amman.",
    "The US backs the fight against terrorism.",
    # a hyphenated pact is a deal between the two, no alliance (set R's wrong rows)
    "The Armenia-Azerbaijan pact deals a blow to Russia.",
    # a possessive 'its' whose clause subject is a thing the kb does not know is that subject's (set T)
    "As the war on Ukraine continues, Dodik said the RS is under pressure because of its support for Russia.",
    # (set V) 'form' in the present tense says what a body is made of, no founding act
    "Kenya, Uganda and Tanzania form a regional alliance called the East African Community.",
]

# Session 13 (sets W and X, read after their unseen scoring): a stance on an actor's bid is a stance on the
# actor; 'lead strikes against'; the member states of a named body speak for it; threats and attempts as acts.
SESSION13_POSITIVE = [
    ("Peru and Chile support Bolivia's bid to join the trade bloc.",
     {("country:PER", "supports", "country:BOL"), ("country:CHL", "supports", "country:BOL")}),
    ("Greece is against Turkey's accession.", {("country:GRC", "opposes", "country:TUR")}),
    ("Belgrade keeps trying to block Kosovo's membership of the body.", {("place:belgrade", "opposes", "country:XKX")}),
    ("Austria vetoed Romania's bid to enter the zone.", {("country:AUT", "opposes", "country:ROU")}),
    ("Moscow objected to Sweden's membership.", {("place:moscow", "opposes", "country:SWE")}),
    ("Britain was leading airstrikes against the Houthis on Monday.", {("country:GBR", "opposes", "group:houthis")}),
    ("The ASEAN member states condemned the attacks by the Myanmar junta.", {("org:asean", "opposes", "country:MMR")}),
    ("Jordan and Egypt denounced Israel's attempts to annex the valley.",
     {("country:JOR", "opposes", "country:ISR"), ("country:EGY", "opposes", "country:ISR")}),
    ("Canada backed the ECOWAS threats to use force.", {("country:CAN", "supports", "org:ecowas")}),
    # (set Y) 'which' never refers to a person: the clause the parser hangs on a person is about the body named
    ("Haftar, the commander of the LNA, which is backed by Russia, spoke on Monday.",
     {("country:RUS", "supports", "group:libyan-national-army")}),
    # (set Y) an object clause the parser reads as one noun phrase ('the SDF fight ISIS')
    ("France has been supporting the SDF fight ISIS since 2015.", {("country:FRA", "supports", "group:sdf")}),
    # (set Z) 'favour' an actor; a passive verb's subject does what its purpose infinitive says
    ("Both Egypt and the UAE have publicly favoured Haftar.",
     {("country:EGY", "supports", "person:khalifa-haftar"), ("country:ARE", "supports", "person:khalifa-haftar")}),
    ("SADC troops were deployed to assist the Congolese government.", {("org:sadc", "supports", "country:COD")}),
]
SESSION13_HYPOTHETICAL = [
    ("Greece would veto Turkey's accession.", {("country:GRC", "opposes", "country:TUR")}),
]
SESSION13_NO_CLAIM = [
    "Greece did not oppose Turkey's bid to join.",
    "Peru backs the bid.",  # no owner named on the bid
    "Arab states and the two countries met in Cairo.",
    "Egypt favours a ceasefire.",
    "The resolution was passed to help Ukraine.",
    # a reporting passive with a perfect infinitive is a hedged report, not a purpose (written dev set 2)
    "Kabila is widely reported to have armed the Hutu militias.",
]

# session 14 (sets AA/AB, read after their unseen scoring): the members of a named body acting as the body, a
# gerund after 'join X in', a possessor shared by coordinated agent nouns, shutting an actor out of meetings
SESSION14_POSITIVE = [
    ("NATO members reaffirmed their support for Moldova.", {("org:nato", "supports", "country:MDA")}),
    ("EU allies pledged fresh support for Armenia.", {("org:eu", "supports", "country:ARM")}),
    ("The members of the GCC condemned Iran on Sunday.", {("org:gcc", "opposes", "country:IRN")}),
    ("Egypt joined Saudi Arabia in cutting ties with Qatar.",
     {("country:EGY", "opposes", "country:QAT"), ("country:SAU", "opposes", "country:QAT")}),
    ("Poland joined Lithuania in condemning Belarus.",
     {("country:POL", "opposes", "country:BLR"), ("country:LTU", "opposes", "country:BLR")}),
    ("The minister said Brazil and Chile are Germany's closest partners and allies.",
     {("country:BRA", "supports", "country:DEU"), ("country:CHL", "supports", "country:DEU")}),
    ("ASEAN decided to exclude Min Aung Hlaing from its summit.",
     {("org:asean", "opposes", "person:min-aung-hlaing")}),
    # (sets AC/AD) a struggle placed between two sides; the nominal of breaking off relations
    ("Chile has long been locked in a bitter struggle with Peru.",
     {("country:CHL", "opposes", "country:PER"), ("country:PER", "opposes", "country:CHL")}),
    ("Bolivia announced on Monday the suspension of diplomatic relations with Israel.",
     {("country:BOL", "opposes", "country:ISR")}),
    ("Ecuador's severing of ties with Mexico drew criticism.", {("country:ECU", "opposes", "country:MEX")}),
    # a claim of responsibility for a gerund of force; condemning a deployment of forces
    ("Al-Shabaab claimed responsibility for attacking Ugandan troops near Mogadishu.",
     {("group:al-shabaab", "opposes", "country:UGA")}),
    ("Japan condemned North Korea's troop deployment in Russia.", {("country:JPN", "opposes", "country:PRK")}),
    # a list's last item the parser hangs on the clause's subject belongs to the list it ends
    ("The militaries of France and Italy, with support from Chile, Peru, and New Zealand, struck the Houthis.",
     {("country:CHL", "supports", "country:FRA"), ("country:CHL", "supports", "country:ITA"),
      ("country:PER", "supports", "country:FRA"), ("country:PER", "supports", "country:ITA"),
      ("country:NZL", "supports", "country:FRA"), ("country:NZL", "supports", "country:ITA"),
      ("country:FRA", "opposes", "group:houthis"), ("country:ITA", "opposes", "group:houthis")}),
    # the sanctioned side as the subject: under, facing, on a named imposer's sanctions list
    ("Zeljka Cvijanovic and Milorad Dodik face US sanctions.",
     {("country:USA", "opposes", "person:zeljka-cvijanovic"), ("country:USA", "opposes", "person:milorad-dodik")}),
    ("In April, Milorad Dodik found himself on the UK's sanctions list.",
     {("country:GBR", "opposes", "person:milorad-dodik")}),
    # a country's name in front of a rebels noun is not its owner
    ("DR Congo M23 rebels were placed under UN sanctions.", {("org:un", "opposes", "group:m23")}),
    # a bare organ name modified by its country is the country
    ("Kenyan troops helped Somalia Federal Government forces.", {("country:KEN", "supports", "country:SOM")}),
    ("Beijing criticised Washington's decision to deploy missiles in the Philippines.",
     {("place:beijing", "opposes", "country:USA")}),
]
SESSION15_POSITIVE = [
    # a stance on an actor's membership targets the actor, not the body applied to
    ("Greece backs Cyprus's NATO membership.", {("country:GRC", "supports", "country:CYP")}),
    ("Poland backs Moldova's EU membership bid.", {("country:POL", "supports", "country:MDA")}),
    # a coalition or bloc led by a named state acts as that state
    ("The Saudi-led bloc accused Qatar of funding extremists.", {("country:SAU", "opposes", "country:QAT")}),
    ("The French-led force has fought the Islamic State in Mali.",
     {("country:FRA", "opposes", "group:islamic-state")}),
    # 'attacks between X and Y': both sides
    ("Deadly attacks between Armenia and Azerbaijan resumed on Monday.",
     {("country:ARM", "opposes", "country:AZE"), ("country:AZE", "opposes", "country:ARM")}),
]
SESSION15_POSITIVE += [
    # a passive casualty verb with no agent: the owner of the act of force it happened in
    ("Four members of the YPG were killed in a Turkish drone strike near Kobane.", {("country:TUR", "opposes", "group:ypg")}),
    ("Two Hezbollah fighters were wounded in an Israeli raid on Sunday.", {("country:ISR", "opposes", "group:hezbollah")}),
]
SESSION15_POSITIVE += [
    # (session 16) a document as the subject of a stance verb is its owner speaking
    ("The OAS declaration also accuses Cuba and Nicaragua of fuelling the crackdown.",
     {("org:oas", "opposes", "country:CUB"), ("org:oas", "opposes", "country:NIC")}),
    ("An ICC warrant accuses Maduro of crimes against humanity.", {("org:icc", "opposes", "person:nicolas-maduro")}),
    # 'the Bolivian side' (a party to a dispute or talks) is the state
    ("Peruvian officials accused the Bolivian side of starting the shooting.", {("country:PER", "opposes", "country:BOL")}),
    # money lent or given is support (kb noun_lists financial_aid)
    ("Saudi Arabia gave Pakistan a bailout.", {("country:SAU", "supports", "country:PAK")}),
    ("China extended a $2 billion loan to Sri Lanka.", {("country:CHN", "supports", "country:LKA")}),
    # hit or slapped with sanctions: the sanctions' owner, or the 'by' agent, opposes the one punished
    ("Belarus was hit with a new wave of EU sanctions on Wednesday.", {("org:eu", "opposes", "country:BLR")}),
    ("Iran was hit with sanctions by the United States.", {("country:USA", "opposes", "country:IRN")}),
    # a holding's owner named by a participle after it
    ("The UK imposed sanctions on individuals and firms linked to Myanmar's military.", {("country:GBR", "opposes", "country:MMR")}),
    ("The US imposed sanctions on banks owned by the Iranian state.", {("country:USA", "opposes", "country:IRN")}),
    # a pronoun on the other side of an official's claim is not the official's own state
    ("Spain's Pedro Sanchez flew to Israel on Tuesday. Sanchez accused it of violating international law.",
     {("person:pedro-sanchez", "opposes", "country:ISR")}),
    # backing what an actor pleads or claims is backing the actor; examples of a generic subject act
    ("Several nations, such as Turkey and Jordan, have publicly supported South Africa's case.",
     {("country:TUR", "supports", "country:ZAF"), ("country:JOR", "supports", "country:ZAF")}),
    ("The UK continues to support Israel's right to self-defence.", {("country:GBR", "supports", "country:ISR")}),
    ("Chile backed Morocco's claim to the territory.", {("country:CHL", "supports", "country:MAR")}),
    # the help had or relied on, its giver named in an 'of' phrase
    ("Myanmar's junta has the support of China and Russia.",
     {("country:CHN", "supports", "country:MMR"), ("country:RUS", "supports", "country:MMR")}),
    ("Haftar relies on the backing of Egypt.", {("country:EGY", "supports", "person:khalifa-haftar")}),
    # a capitalised hyphen participle the parser takes for a compound
    ("Missiles were fired by the Iran-Backed Houthis today.", {("country:IRN", "supports", "group:houthis")}),
]
SESSION15_POSITIVE += [
    # (session 17) a joint statement: an uncounted definite plural refers to the one coordination named before
    ("Chile, Peru and Uruguay issued a joint statement on Monday. The signatories condemned Russia.",
     {("country:CHL", "opposes", "country:RUS"), ("country:PER", "opposes", "country:RUS"),
      ("country:URY", "opposes", "country:RUS")}),
    ("The foreign ministers of Chile, Peru and Uruguay met in Lima. These governments also voiced support for Ukraine.",
     {("country:CHL", "supports", "country:UKR"), ("country:PER", "supports", "country:UKR"),
      ("country:URY", "supports", "country:UKR")}),
    # 'their' binds to its clause's plural subject; a plural present conjunct tagged as a bare verb is finite
    ("The governments of Chile and Peru issued a statement. The countries reject the blockade and express their "
     "full support for Cuba.", {("country:CHL", "supports", "country:CUB"), ("country:PER", "supports", "country:CUB")}),
    # a chain: 'they' after a plural subject that is itself a group description
    ("Chile, Peru and Uruguay issued a joint statement. The signatories condemned the coup. They also voiced "
     "support for Ukraine.", {("country:CHL", "supports", "country:UKR"), ("country:PER", "supports", "country:UKR"),
                              ("country:URY", "supports", "country:UKR")}),
    # 'we' named by its apposition
    ("We, the governments of Chile and Peru, support Ukraine.",
     {("country:CHL", "supports", "country:UKR"), ("country:PER", "supports", "country:UKR")}),
    # repression is an act of force: condemning it condemns its owner
    ("Canada condemned the crackdown by the Iranian authorities.", {("country:CAN", "opposes", "country:IRN")}),
    ("Chile denounced Russia's arrests of opposition figures.", {("country:CHL", "opposes", "country:RUS")}),
]
SESSION15_POSITIVE += [
    # numbered items of a declaration take the lead's subject ('… state that they:')
    ("The Governments of Chile, Peru and Uruguay state that they:\n\n1. Renew their support for Ukraine.\n\n"
     "2. Condemn the aggression committed by Russia.",
     {("country:CHL", "supports", "country:UKR"), ("country:PER", "supports", "country:UKR"),
      ("country:URY", "supports", "country:UKR"), ("country:CHL", "opposes", "country:RUS"),
      ("country:PER", "opposes", "country:RUS"), ("country:URY", "opposes", "country:RUS")}),
    # an apposition 'members of X' describes the subject; the body does not act
    ("Chile, Peru and Uruguay, members of the Andean Forum, condemned Russia.",
     {("country:CHL", "opposes", "country:RUS"), ("country:PER", "opposes", "country:RUS"),
      ("country:URY", "opposes", "country:RUS")}),
    ("The governments of Chile and Peru, both members of NATO, condemned Russia.",
     {("country:CHL", "opposes", "country:RUS"), ("country:PER", "opposes", "country:RUS")}),
]
SESSION15_POSITIVE += [
    # a second reference by title: the one person named just before who holds that office
    ("Egyptian President Abdel Fattah el-Sisi spoke on Monday. The president condemned Israel.",
     {("person:abdel-fattah-el-sisi", "opposes", "country:ISR")}),
    ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani. The foreign minister "
     "accused the PKK of terrorism.", {("person:hakan-fidan", "opposes", "group:pkk")}),
]
SESSION15_POSITIVE += [
    # ministers and leaders named with their countries, or by name with an office, are their states acting
    ("The foreign ministers of Egypt, Jordan and Qatar issued a joint statement on Sunday. The ministers "
     "condemned Israel.", {("country:EGY", "opposes", "country:ISR"), ("country:JOR", "opposes", "country:ISR"),
                           ("country:QAT", "opposes", "country:ISR")}),
    ("Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Friday. The leaders "
     "condemned NATO.", {("country:RUS", "opposes", "org:nato"), ("country:CHN", "opposes", "org:nato")}),
]
SESSION15_NO_CLAIM = [
    "Russia condemned the NATO statement on Ukraine.",  # a document as an object is a text, not its owner
    "A Peruvian side accused Chile.",  # 'side' stands for its owner only when definite or possessed
    "The IMF offered Egypt a loan.",  # offered, not given
    "Chile did not give Peru a loan.",
    "Iran was hit with sanctions.",  # no one named imposes them
    "Belarus was hit with a wave of protests.",
    "The EU imposed sanctions on companies linked to the war.",  # an event owns no holding
    "Chile backed Peru's position on tariffs.",  # a position is a policy
    "Chile rejected Morocco's claim.",  # only backing a claim is a stance on its owner
    "Issues such as Chile's debt worried Peru.",
    "Chile does not have the support of Peru.",
    "Peru relies on the support of tourists.",
    "Two Hezbollah fighters were killed in a car accident.",
    "Brazil helped in hammering out a compromise between Russia and the West.",  # 'hammer out' negotiates
    "Kenya and Uganda hammered out a trade deal with Tanzania.",
    "Iran backs Iraqi Shiite militias.",  # a community's forces, not the state's
    "Turkey struck Syrian Kurdish forces near the border.",
    "The CSTO failed to fulfil its security commitments to Armenia.",  # the commitment is not kept
    "Moscow did not honour its pledges of support to Yerevan.",
    "Fears of attacks between India and Pakistan grew.",
]
SESSION15_NO_CLAIM += [
    "Putin met Xi in Beijing on Friday. The leaders condemned NATO.",  # no coordination names the set
]
SESSION15_POSITIVE += [
    # (session 19) a person's role in apposition, then a reduced passive: the role describes the name
    ("Khalifa Haftar, the militia leader bankrolled by the Emirates, retreated.",
     {("country:ARE", "supports", "person:khalifa-haftar")}),
    # a group's name modifying 'terrorists' / 'extremists' stands for the group
    ("Kenya fought al-Shabaab extremists near the border.", {("country:KEN", "opposes", "group:al-shabaab")}),
    # a region inside a state body's name keeps the body the state's
    ("US Africa Command carried out an airstrike against al-Shabaab on Monday.",
     {("org:us-africa-command", "opposes", "group:al-shabaab")}),
    # a verbless clause set off by commas predicates of the main clause's subject
    ("Armenia, long at odds with Azerbaijan over Karabakh, has backed Georgia.",
     {("country:ARM", "opposes", "country:AZE"), ("country:ARM", "supports", "country:GEO")}),
    ("Mali, at war with the jihadists of JNIM since 2012, asked Russia for help.",
     {("country:MLI", "opposes", "group:jnim")}),
    ("Iran lashed out against Bahrain and Kuwait on Sunday.",
     {("country:IRN", "opposes", "country:BHR"), ("country:IRN", "opposes", "country:KWT")}),
]
SESSION15_NO_CLAIM += [
    "Syrian terrorists attacked the base.",  # a demonym does not make terrorists the state's
    "Gen. Haftar, a decision criticised by France, surprised Mali.",  # only a role noun describes a person
    "Chile, at the talks with Bolivia, said little.",  # 'at' a meeting is no encounter
]
SESSION15_NO_CLAIM += [
    # two persons of that office: which one?
    "Egyptian President Abdel Fattah el-Sisi met US President Joe Biden. The president condemned Israel.",
    "Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani. The minister condemned Israel.",
    "Egyptian President Abdel Fattah el-Sisi spoke on Monday. A president condemned Israel.",  # indefinite
]
SESSION15_NO_CLAIM += [
    "Chile listed its demands:\n\n1. Condemn Russia.",  # the items are what the lead lists, not its acts
    "The protesters chanted:\n\n1. Condemn Russia.",
]
SESSION15_NO_CLAIM += [
    "Chile and Peru met Russia's envoy on Monday. The countries condemned Iran.",  # three countries: which ones?
    "Chile and Peru issued a joint statement. Countries condemned Iran.",  # no determiner: generic
    "Chile and Peru issued a joint statement. The countries of the bloc condemned Iran.",  # a narrower set
    "We support Ukraine, the minister said.",  # a bare 'we' is left unresolved
    "Canada condemned the arrest of the journalist.",  # an act with no owner
]
SESSION14_NO_CLAIM = [
    "A NATO member hosted the talks.",  # one member is not the body
    "Russia's allies met in Minsk.",  # a state's allies are not the state
    "Chile refused to join Peru in condemning Bolivia.",
    "The trade deal excludes rice from tariff cuts.",
    "Chile is Germany's neighbour and trading partner.",
    "Chile announced the resumption of diplomatic relations with Peru.",
    "The two parties are engaged in a struggle for votes.",
    "No group has claimed responsibility for killing the soldiers.",
    "Russia faces sanctions over the war.",
    "Iran is no longer under former UN sanctions.",
    "The UN welcomed the deployment of Kenyan police to Haiti.",
]

SESSION20_POSITIVE = [
    # a country's acronym the ruler knows, written as news writes it
    ("Russia sent 300 instructors to CAR.", {("country:RUS", "supports", "country:CAF")}),
    # a national army's acronym acts for its state
    ("The UPDF condemned al-Shabaab.", {("org:updf", "opposes", "group:al-shabaab")}),
    # 'help the X fight Y' misparsed as a noun phrase: the one helped is X, never Y
    ("Tanzania, which sent soldiers to help the DRC fight Rwanda, held talks.", {("country:TZA", "supports", "country:COD")}),
    ("Chad sent troops to help Niger fight Nigeria.",
     {("country:TCD", "supports", "country:NER"), ("country:NER", "opposes", "country:NGA")}),
    # an ally noun coordinated inside an apposition shares its possessor
    ("Sanctions target Belarus, Russia's neighbour and ally.", {("country:BLR", "supports", "country:RUS")}),
    # 'the two countries' counts the states whose officials are named, not the country hosting their talks
    ("Lula hosted Chile's president and Bolivian President Luis Arce for talks in Brazil as clashes between "
     "the two countries went on.", {("country:CHL", "opposes", "country:BOL"), ("country:BOL", "opposes", "country:CHL")}),
    # the possessor of 'efforts' / 'commitment' does what the infinitive or 'to'-gerund says
    ("Peru's efforts to help Bolivia have grown.", {("country:PER", "supports", "country:BOL")}),
    ("Chile reaffirmed its commitment to supporting Peru.", {("country:CHL", "supports", "country:PER")}),
    ("Chile reaffirmed its commitment to continue supporting Peru.", {("country:CHL", "supports", "country:PER")}),
    # condemning an actor's arms deliveries opposes the supplier
    ("Chile condemned Iran's missile deliveries to Russia.",
     {("country:CHL", "opposes", "country:IRN"), ("country:IRN", "supports", "country:RUS")}),
    # the object of a verb of judging is the one a 'for'-gerund describes, not the verb's subject
    ("Chile sanctioned Iran for arming Russia.",
     {("country:CHL", "opposes", "country:IRN"), ("country:IRN", "supports", "country:RUS")}),
    ("Ukraine thanked Poland for helping Moldova.", {("country:POL", "supports", "country:MDA")}),
    # an act whose halt is demanded is presupposed, not ended
    ("Chile demanded a halt to Russia's offensive against Ukraine.", {("country:RUS", "opposes", "country:UKR")}),
    # a relative pronoun object stands for the noun it modifies ("missiles that ... launch")
    ("Iran sent missiles that Russia's troops launch against Ukraine.", {("country:RUS", "opposes", "country:UKR")}),
    # a count noun heading the people sent: the counted phrase acts
    ("Hundreds of Chadian troops fought alongside the Nigerien army.", {("country:TCD", "supports", "country:NER")}),
    ("Thousands of North Korean soldiers are fighting for Russia.", {("country:PRK", "supports", "country:RUS")}),
    # 'federal forces' with no owner are the article's home country's, as 'government forces' are
    ("Somalia faces an insurgency. Al-Shabaab attacked federal troops. Somalia vowed to win.",
     {("group:al-shabaab", "opposes", "country:SOM")}),
    # "condemned the strike" after a state's forces, named by a proxy noun, struck or carried out a strike
    ("The Chilean navy struck a fishing boat on Tuesday. Peru condemned the strike.",
     {("country:PER", "opposes", "country:CHL")}),
    ("Chilean forces carried out a strike on a camp on Tuesday. Peru condemned the strike.",
     {("country:PER", "opposes", "country:CHL")}),
    # in the present tense the same adverb describes a standing alliance
    ("Chile and Peru are traditionally allies.",
     {("country:CHL", "supports", "country:PER"), ("country:PER", "supports", "country:CHL")}),
    # a signed defence agreement allies both sides
    ("Chile and Peru signed a defence agreement on Monday.",
     {("country:CHL", "supports", "country:PER"), ("country:PER", "supports", "country:CHL")}),
    # a stance toward a group's named official is one toward the group
    ("Canada sanctioned M23 spokesman Lawrence Kanyuka.",
     {("country:CAN", "opposes", "person:lawrence-kanyuka"), ("country:CAN", "opposes", "group:m23")}),
    ("Canada sanctioned Lawrence Kanyuka, a member of the M23.",
     {("country:CAN", "opposes", "person:lawrence-kanyuka"), ("country:CAN", "opposes", "group:m23")}),
    # a stance toward a body's named official is one toward the body
    ("Peru criticized EU Ambassador Anna Novak on Monday.",
     {("country:PER", "opposes", "person:anna-novak"), ("country:PER", "opposes", "org:eu")}),
    ("Israel criticised UN chief Antonio Guterres.",
     {("country:ISR", "opposes", "person:antonio-guterres"), ("country:ISR", "opposes", "org:un")}),
    # another person with a KB person's surname is not that person
    ("Christian Schmidt condemned Russia.", {("person:christian-schmidt", "opposes", "country:RUS")}),
    ("Christian Schmidt arrived in Sarajevo. Schmidt later condemned Russia.",
     {("person:christian-schmidt", "opposes", "country:RUS")}),
]
SESSION20_NO_CLAIM = [
    # a member of a group who is only met, or whose stance is denied, gives nothing toward the group
    "Qatar hosted M23 spokesman Lawrence Kanyuka.",
    # the sanctioning state does not aid the one its targets aided
    "Chile sanctioned three arms makers for arming Russia.",
    # joining a named coalition is a membership, not a stance toward the coalition
    "Chile joined the Global Coalition to Defeat ISIS in 2015.",
    # a body deciding on admission to itself takes no side
    "The EAC endorsed Somalia's membership of the bloc.",
    # a trade, security or cooperation agreement is cooperation, not an alliance
    "Chile and Peru signed a trade agreement on Monday.",
    "Chile signed a defence cooperation agreement with Peru.",
    # a plural noun for people in the pronoun's sentence is its antecedent, not a group named before
    "Hamas fighters held the town. Erdogan met the UN investigators, accusing them of bias.",
    # a past-tense copula with an adverb of long duration reports a state that no longer holds
    "Chile and Peru were traditionally allies, but relations soured after the election.",
    # an act by unnamed attackers has no owner to oppose
    "Gunmen attacked a village on Sunday. Nigeria condemned the attack.",
    # an intended act is no stance yet
    "Chile's plan to help Peru was shelved.",
    # a host that acts is a third country: which two are meant?
    "Brazil hosted Chile's president and Bolivian President Luis Arce for talks in Brazil as clashes between "
    "the two countries went on.",
    # a programme or a document is not an actor
    "Chile supports the Global Clean Water Initiative.",
    "Peru rejected the Andean Fisheries Protocol.",
    # an ethnic group is not an actor
    "Rwanda says a Hutu militia is fighting alongside the army.",
]

# Session 21 (sentences written for these tests): a participle clause after a comma takes the matrix subject,
# officials placed in a capital, a home country first named by its capital, a fight or a fleet standing for its
# owner under a stance noun, arms named in an of-phrase, a condemned act named in an as-phrase, a part counted
# out of a group, listing for sanctions, and the helper of a fight.
SESSION21_POSITIVE = [
    ("Egypt condemned the raids, accusing Israel of war crimes.", {("country:EGY", O, "country:ISR")}),
    ("The Brazilian government denounced the strike as illegal, accusing Washington of escalating the crisis.",
     {("country:BRA", O, "country:USA")}),
    ("Ghana rejected the plan, blaming Togo for the deaths.", {("country:GHA", O, "country:TGO")}),
    ("Officials in Cairo accused Israel of aggression on Tuesday.", {("place:cairo", O, "country:ISR")}),
    ("BOGOTA, Nov 22 - Rebels killed four soldiers in Colombia on Thursday. The government condemned the attack, "
     "accusing the ELN of making war. Colombia has fought the ELN for decades.",
     {("country:COL", O, "group:eln")}),
    ("The North Korean leader expressed support for Russia's war.", {("country:PRK", S, "country:RUS")}),
    ("Pyongyang pledged support for Russia's military operation.", {("place:pyongyang", S, "country:RUS")}),
    ("Britain imposed new sanctions against Russia's shadow fleet.", {("country:GBR", O, "country:RUS")}),
    ("Officials confirmed Iran's shipment of drones to Russia.", {("country:IRN", S, "country:RUS")}),
    ("Somalia denounced the deal as Ethiopian aggression.", {("country:SOM", O, "country:ETH")}),
    ("Qatar condemned the strike as Israeli state terrorism.", {("country:QAT", O, "country:ISR")}),
    ("The US sanctioned one of Rwanda's most senior officials.", {("country:USA", O, "country:RWA")}),
    ("The US sanctioned several of Rwanda's generals.", {("country:USA", O, "country:RWA")}),
    ("The US added the Houthis to its sanctions list.", {("country:USA", O, "group:houthis")}),
    ("The US put the Houthis on its terrorism list.", {("country:USA", O, "group:houthis")}),
    ("Chad fought attacks by Boko Haram.",
     {("country:TCD", O, "group:boko-haram"), ("group:boko-haram", O, "country:TCD")}),
    ("Chad sent more soldiers to help fight attacks by Boko Haram.",
     {("country:TCD", O, "group:boko-haram"), ("group:boko-haram", O, "country:TCD")}),
    ("Chad stepped up efforts to fight Boko Haram.", {("country:TCD", O, "group:boko-haram")}),
    ("Turkey deployed troops in an effort to defeat the PKK.", {("country:TUR", O, "group:pkk")}),
    ("The US issued new sanctions targeting Iranian drone production.", {("country:USA", O, "country:IRN")}),
    ("The EU approved a new package of penalties against Russia.", {("org:eu", O, "country:RUS")}),
    ("The EU extended sanctions on more than 2,400 Russian businesses.", {("org:eu", O, "country:RUS")}),
    ("Chad vowed to obliterate Boko Haram capabilities.", {("country:TCD", O, "group:boko-haram")}),
    ("Israel destroyed Hezbollah's arsenal.", {("country:ISR", O, "group:hezbollah")}),
    ("Armenian Prime Minister Nikol Pashinyan spoke on Monday. The Prime Minister criticized the Kremlin.",
     {("person:nikol-pashinyan", O, "country:RUS")}),
    ("Jordan intercepted Iranian drones.", {("country:JOR", O, "country:IRN")}),
    ("Jordan downed Iranian drones.", {("country:JOR", O, "country:IRN")}),
    ("Russian jets violated Estonian airspace.", {("country:RUS", O, "country:EST")}),
    # a breach only charged by the accuser is the accusation
    ("Ecuador accused the government of Colombia of violating its sovereignty.", {("country:ECU", O, "country:COL")}),
    ("Egypt condemned the attack, which Israel carried out on Tuesday.", {("country:EGY", O, "country:ISR")}),
    ("Kenya helps Somalia fight al-Shabaab.",
     {("country:KEN", S, "country:SOM"), ("country:SOM", O, "group:al-shabaab"),
      ("country:KEN", O, "group:al-shabaab")}),
]
SESSION21_NO_CLAIM = [
    "Japan added Kenya to its list of partners.",         # a list of no enemies
    "Turkey voiced support for the operation.",           # a fight no one owns
    "The delivery of food to Gaza resumed.",              # not arms, no supplier
    "Kenya condemned the plan as an Ethiopian decision.",  # a policy, not an act
    "Qatar condemned terrorism.",                          # no owner
    "Chad fought the attack.",                             # no owner
    "Kenya welcomed the decision to arm Somalia.",         # the welcomer did not decide
    "The US imposed sanctions targeting drug cartels.",   # no actor targeted
    "The floods destroyed the capacity of the dam.",       # no actor's means of force
    "Kenya weakened its own capacity.",                    # its own
    "Police intercepted a phone call.",                    # no actor's weapons
    "Egypt condemned the attack that killed Israel's envoy.",  # the victim's owner is no doer
    "The deal violated the ceasefire.",                    # no actor's sovereignty
    # a capitalised title used alone takes back the one holder named before it, and only one
    "President Erdogan met Egyptian President Abdel Fattah el-Sisi on Monday. The President condemned Israel.",
    "Egyptian President Abdel Fattah el-Sisi spoke on Monday. The Foreign Minister condemned Israel.",
    "Chad repelled the attack by land.",                   # a means, not an agent
    "Egypt urged Russia to stop the war.",                 # an infinitive keeps object control: Russia stops
    "Qatar helped Israel and Hamas reach a truce.",        # mediation
]

SESSION22_POSITIVE = [
    # weapons on their way to a side: the supplier backs it
    ("The navy seized a large Iranian weapons shipment bound for Houthi fighters.", {("country:IRN", S, "group:houthis")}),
    ("Sailors seized weapons from Iran that were destined for the Houthis.", {("country:IRN", S, "group:houthis")}),
    ("Iranian arms headed to the Houthis were intercepted.", {("country:IRN", S, "group:houthis")}),
    ("The navy seized an Iranian shipment of missiles bound for the Houthis.", {("country:IRN", S, "group:houthis")}),
    # a carrier noun qualified by weapons is what is sent
    ("Egypt sent an arms shipment to Somalia.", {("country:EGY", S, "country:SOM")}),
    ("Egypt dispatched a military cargo to Somalia.", {("country:EGY", S, "country:SOM")}),
    # a military site linked to a side is that side's
    ("The US launched strikes against targets linked to the Houthis.", {("country:USA", O, "group:houthis")}),
    ("Israel struck sites affiliated with Hezbollah.", {("country:ISR", O, "group:hezbollah")}),
    # the 'by' agent of an invasion
    ("The invasion of Kuwait by Iraq shocked the region.", {("country:IRQ", O, "country:KWT")}),
    # a purpose infinitive of a participle describing a body in apposition
    ("Niger left the MNJTF, a regional coalition formed to combat Boko Haram.", {("org:mnjtf", O, "group:boko-haram")}),
    ("The MNJTF was set up to fight Boko Haram and Islamic State in West Africa.",
     {("org:mnjtf", O, "group:boko-haram"), ("org:mnjtf", O, "group:iswap")}),
    # a reaction of censure drawn from someone
    ("Egypt sent arms to Somalia, drawing criticism from its longstanding rival Ethiopia.",
     {("country:EGY", S, "country:SOM"), ("country:ETH", O, "country:EGY")}),
    ("Ethiopia's deal with Somaliland drew sharp condemnation from Somalia.", {("country:SOM", O, "country:ETH")}),
    # the expulsion of an envoy
    ("Chad announced the expulsion of Sudan's ambassador.", {("country:TCD", O, "country:SDN")}),
    ("Mali ordered the expulsion of the French ambassador.", {("country:MLI", O, "country:FRA")}),
    # a first-person plural inside quotation marks is the quoted side
    ("\"We strongly condemn the attacks by Israel,\" the Turkish foreign ministry said.", {("country:TUR", O, "country:ISR")}),
    ("Turkey's foreign minister said: \"We stand with Ukraine.\"", {("country:TUR", S, "country:UKR")}),
    # an official's "we" in a quotation is the official's state
    ("\"We will stand with Ukraine,\" Defense Secretary Lloyd Austin told reporters.", {("country:USA", S, "country:UKR")}),
    # a security or troop-access pact is an alliance; a qualifier may modify a compound in between
    ("The Solomon Islands signed a security cooperation pact with China.",
     {("country:SLB", S, "country:CHN"), ("country:CHN", S, "country:SLB")}),
    ("The Philippines and Japan signed a troop access pact.", {("country:PHL", S, "country:JPN"), ("country:JPN", S, "country:PHL")}),
    # naming an actor's act of force a crime condemns the actor
    ("Syria labeled the Israeli attacks as violations of international law.", {("country:SYR", O, "country:ISR")}),
    ("Russia described the Ukrainian attack as an act of terrorism.", {("country:RUS", O, "country:UKR")}),
    # a participle of aiming after the act a verb carries out; a quantity of weaponry delivered
    ("Israel launched a strike targeting Hamas leaders.", {("country:ISR", O, "group:hamas")}),
    ("An Egyptian warship delivered a large cache of weaponry to Somalia.", {("country:EGY", S, "country:SOM")}),
    ("Israel bombed the headquarters of Hamas.", {("country:ISR", O, "group:hamas")}),
    # wanting an actor removed is opposing it now
    ("Al-Shabaab aims to overthrow the Somali government.", {("group:al-shabaab", O, "country:SOM")}),
]

SESSION22_HYPOTHETICAL = [
    # a removal wished under a modal stays hypothetical
    ("Al-Shabaab may try to overthrow the Somali government.", {("group:al-shabaab", O, "country:SOM")}),
    # session 23: a suspension only possible
    ("The AU may suspend Gabon.", {("org:african-union", O, "country:GAB")}),
    # session 24: an expulsion only called for, a warrant only possible
    ("Ukraine called for Russia's expulsion from the G20.", {("org:g20", O, "country:RUS")}),
    ("The ICC may issue an arrest warrant for Netanyahu.", {("org:icc", O, "person:benjamin-netanyahu")}),
]

SESSION22_NO_CLAIM = [
    "A ship carrying weapons bound for Gaza was stopped.",      # no supplier named
    "Russian troops headed to Kherson.",                         # troops, not arms sent to a side
    # drones in flight toward a side are an attack, not a delivery (only the shooting down is read)
    "Iranian drones headed to Israel were seen over Iraq.",
    "Turkey sent an aid shipment to Gaza.",                      # not arms
    "Jets bombed sites connected to the war.",                   # no side
    "Founded after the 2003 US-led invasion of Iraq, the group grew.",  # a coalition's leader is no 'by' agent
    "The plan drew criticism from Ethiopia.",                    # a policy with no owner
    "Russia drew no criticism from China.",                      # negated
    "Protesters called for the expulsion of the Israeli ambassador.",  # a call, and protesters are no actor
    "The group entered after Mali's expulsion of French forces.",  # forces leaving, as the verb reads it
    "Drones used to strike Ukraine were made abroad.",           # an instrument
    "We must stand with Ukraine, the columnist wrote.",         # no quotation: the writer's 'we'
    "Chad ended its defence cooperation agreement with France.",  # an ended alliance
    "Russia withdrew from the defence treaty with Georgia.",     # an ended alliance
    "Kenya and Ethiopia signed a trade cooperation agreement.",  # not a pact of defence
    "Israel called its strikes an act of self-defence.",         # no crime named
    "Pakistan did not call the Indian strikes a violation.",     # negated
    "Al-Shabaab does not want to overthrow the government of Somalia.",  # negated
    "\"They are trying to exclude us,\" said Ruken Jamal, a spokesperson.",  # a speaker the kb cannot place
]

SESSION23_POSITIVE = [
    # a catenative 'help' the parser reads as an auxiliary keeps its subject
    ("Egypt helped intercept Iranian missiles.", {("country:EGY", O, "country:IRN")}),
    # the launcher a clause on the weapon names owns it; the side it was aimed at is defended
    ("Kuwait shot down rockets that Iraq fired at Saudi Arabia.",
     {("country:KWT", O, "country:IRQ"), ("country:KWT", S, "country:SAU"), ("country:IRQ", O, "country:SAU")}),
    ("French jets downed drones launched by the Houthis.", {("country:FRA", O, "group:houthis")}),
    ("Cyprus intercepted missiles aimed at Greece.", {("country:CYP", S, "country:GRC")}),
    # a co-agent before the verb or set off on the name shares the stance
    ("Along with Cuba, Nicaragua is a close ally of Venezuela.",
     {("country:NIC", S, "country:VEN"), ("country:CUB", S, "country:VEN")}),
    ("Belarus, like Iran, backs Russia.", {("country:BLR", S, "country:RUS"), ("country:IRN", S, "country:RUS")}),
    ("Chile delivers anti-tank rockets to Ukraine together with Peru.",
     {("country:CHL", S, "country:UKR"), ("country:PER", S, "country:UKR")}),
    ("Unlike Iran, Russia backs Assad.", {("country:RUS", S, "person:bashar-al-assad")}),
    # sanctions seen from the sanctioned side, with the imposer in a participle or a from/by phrase
    ("Syria, like North Korea, is subject to sanctions imposed by the European Union.",
     {("org:eu", O, "country:SYR"), ("org:eu", O, "country:PRK")}),
    ("Eritrea was hit by sanctions from the United States.", {("country:USA", O, "country:ERI")}),
    # arms counted out of a set, launcher units, exports; an embargo approved
    ("Poland will provide Ukraine with 14 of its Leopard tanks.", {("country:POL", S, "country:UKR")}),
    ("Italy shipped three air defence launcher units to Ukraine.", {("country:ITA", S, "country:UKR")}),
    ("Spain kept exporting arms to Morocco.", {("country:ESP", S, "country:MAR")}),
    ("Ireland approved a full arms embargo on Israel.", {("country:IRL", O, "country:ISR")}),
    # a war 'with' a side is fought by both
    ("India's war with Pakistan continues.", {("country:IND", O, "country:PAK"), ("country:PAK", O, "country:IND")}),
    # a stance noun in the of-phrase of a noun of expressing it
    ("Cuba and Bolivia issued strong statements of support for Venezuela.",
     {("country:CUB", S, "country:VEN"), ("country:BOL", S, "country:VEN")}),
    # a body expelling a member state; hijacking an actor's vessel
    ("The Arab League expelled Libya in 2011.", {("org:arab-league", O, "country:LBY")}),
    ("The Houthis hijacked an Israeli ship.", {("group:houthis", O, "country:ISR")}),
    ("ECOWAS suspended Mali from the bloc.", {("org:ecowas", O, "country:MLI")}),
    # (the participle's host is the nearer clause, whose subject, an army with no owner, is nobody: no one
    # accuses Condé; the suspension itself is the body's stance)
    ("The AU suspended Guinea after the army removed President Alpha Condé, accusing him of corruption.",
     {("org:african-union", O, "country:GIN")}),
    # a definite document or meeting refers back to its issuers; a meeting speaks for the body named on it
    ("Jordan, Egypt and Qatar issued a joint statement on Sunday. The statement condemned Israel.",
     {("country:JOR", O, "country:ISR"), ("country:EGY", O, "country:ISR"), ("country:QAT", O, "country:ISR")}),
    ("The GCC summit condemned Iran.", {("org:gcc", O, "country:IRN")}),
    ("The GCC held its summit in Doha. The summit condemned Iran.", {("org:gcc", O, "country:IRN")}),
    # a fight named as the circumstance; a conflict said to go on exists
    ("South Africa has lost nine soldiers in combat against M23 rebels.", {("country:ZAF", O, "group:m23")}),
    ("Israel said its war against Hamas would continue.", {("country:ISR", O, "group:hamas")}),
    ("Russia's war on Ukraine may drag on.", {("country:RUS", O, "country:UKR")}),
    # sanctions on a held conjunct, on a ruling body's officials, with a time phrase first; an agreement is a
    # decision taken
    ("The US has imposed sanctions on one individual and three Russian entities.", {("country:USA", O, "country:RUS")}),
    ("The EU imposed sanctions on Belarusian government officials.", {("org:eu", O, "country:BLR")}),
    ("Canada imposed sanctions on Friday against Iran's interior minister.", {("country:CAN", O, "country:IRN")}),
    ("The European Union agreed to impose fresh sanctions on Belarus.", {("org:eu", O, "country:BLR")}),
    # a possessed description after a name and a comma is its apposition, even parsed as a conjunct
    ("China, North Korea's biggest trading partner and main aid provider, objected.",
     {("country:CHN", S, "country:PRK")}),
    # 'its' in a reason adjunct is the punished object's
    ("The EU sanctioned Belarus over its attacks on Lithuania.",
     {("org:eu", O, "country:BLR"), ("country:BLR", O, "country:LTU")}),
    # a speaker among the doers reports its own act: no accusation of itself
    ("A joint French-German statement said French and German jets struck Islamic State targets.",
     {("country:FRA", O, "group:islamic-state"), ("country:DEU", O, "group:islamic-state")}),
    # calling an actor's act a crime in reported speech condemns the actor
    ("Jordan said Israel's airstrike was a flagrant violation of Syria's sovereignty.", {("country:JOR", O, "country:ISR")}),
]

SESSION23_NO_CLAIM = [
    "Israel intercepted drones aimed at Israel.",                  # self-defence names no third side
    "Syria is subject to sanctions.",                              # no imposer named
    "Macron visited Kyiv together with Scholz.",                   # a joint visit, no stance
    "Qatar said Israel's strike was not a violation.",             # negated
    "The vote on the annexation of Crimea, namely Russia and Belarus, failed.",  # a 'namely' list on a name
    "Airbus delivered ten aircraft to Qatar.",                     # airliners are no arms
    "The war with Hamas continues.",                               # no side named for the war
    "Both sides marked the cessation of hostilities between Peru and Ecuador.",  # an ended conflict
    # the first verb has a clause of its own: the second verb's object is not shared
    "Britain said it backed what it called Ukraine's right to self-defence and urged Russia to talk.",
    "The EU formally dismantled its sanctions against Syria.",     # ended sanctions
    "Mali expelled France.",                                       # a state expels people or forces, not a state
    "The EU suspended aid to Niger.",                              # aid suspended, no member suspended
    "A Chinese attack on Taiwan could happen.",                    # only possible
    "The US imposed sanctions on government officials.",           # no owner named
    "The AU initially suspended Guinea in 2021.",                  # a stance a later change ended
    "Iran once backed Hamas.",                                     # an ended stance
    "Qatar is Gaza's main internet provider.",                     # a provider of no aid or arms
    "Pirates hijacked a ship.",                                    # no owner named
    "The Riyadh summit condemned Israel.",                         # a place names where it met, not who spoke
    "The statement condemned Israel.",                             # no document named before
    # two documents named before: which one is meant is not said
    "Jordan issued a statement and Egypt issued another statement. The statement condemned Israel.",
]

SESSION24_POSITIVE = [
    # backing a state's sovereignty or territorial integrity backs the state, under a verb as under a noun
    ("Iran supports the territorial integrity of Armenia.", {("country:IRN", S, "country:ARM")}),
    ("France supports the sovereignty and territorial integrity of Ukraine and Moldova.",
     {("country:FRA", S, "country:UKR"), ("country:FRA", S, "country:MDA")}),
    # the owner hangs on the last cause of a list, or under a wrapping noun
    ("The Arab League reiterated its steadfast support for the security, stability, unity, sovereignty, and "
     "territorial integrity of Somalia.", {("org:arab-league", S, "country:SOM")}),
    ("CARICOM reaffirmed its firm support for the maintenance and preservation of the sovereignty and territorial "
     "integrity of Belize.", {("org:caricom", S, "country:BLZ")}),
    # an arrest warrant's issuer opposes the one it names
    ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin.",
     {("org:icc", O, "person:vladimir-putin")}),
    ("Putin faces an arrest warrant issued by the International Criminal Court.", {("org:icc", O, "person:vladimir-putin")}),
    ("Netanyahu, who is sought under an ICC arrest warrant, arrived in Budapest.",
     {("org:icc", O, "person:benjamin-netanyahu")}),
    # a free relative's naming predicate names the act condemned
    ("Egypt condemned what it called Israel's aggression against Syria.",
     {("country:EGY", O, "country:ISR"), ("country:ISR", O, "country:SYR")}),
    ("China criticized what it described as Iranian interference in Bahrain.", {("country:CHN", O, "country:IRN")}),
    ("Ukraine condemned Russia's destruction of the dam.", {("country:UKR", O, "country:RUS")}),
    # a participle on an issued document speaks for the issuer
    ("Saudi Arabia issued a statement condemning Israel.", {("country:SAU", O, "country:ISR")}),
    ("Saudi Arabia issued a statement expressing solidarity with the UAE.", {("country:SAU", S, "country:ARE")}),
    # a body's removal of a member state named by a noun
    ("The move follows the suspension of Mali from ECOWAS.", {("org:ecowas", O, "country:MLI")}),
    ("Russia's expulsion from the Council of Europe was unprecedented.", {("org:council-of-europe", O, "country:RUS")}),
    # an accusation named by a noun, whoever rejects it
    ("Rwanda rejected allegations from Congo that it supports the M23.", {("country:COD", O, "country:RWA")}),
    # arms supplied 'by' an agent
    ("Arms deliveries by Iran to Russia continued.", {("country:IRN", S, "country:RUS")}),
    # a pact, alliance or grouping named by a body stands for the body
    ("China criticized the AUKUS pact.", {("country:CHN", O, "org:aukus")}),
    ("China criticized the Quad grouping.", {("country:CHN", O, "org:quad")}),
    # a specifying copula names the ally the subject noun describes
    ("Russia's main backer is Iran.", {("country:IRN", S, "country:RUS")}),
    # sending a state's envoy home expels him
    ("Somalia sent the Ethiopian ambassador back home on Thursday.", {("country:SOM", O, "country:ETH")}),
]

SESSION24_NO_CLAIM = [
    "Iran defended Russia's right to respond.",                    # a right is a policy, not a state's cause
    "Spain does not support the independence of Kosovo.",          # negated
    "The ICC did not issue a warrant for Netanyahu.",              # negated
    "The U.S. Navy is defending commercial ships from the Houthi rebels.",  # a ship shielded from a threat
    "Turkish-backed Syrian factions launched an offensive on the city.",   # a demonym on a group noun
    "Keiko Fujimori, who fought Castillo in the elections, also spoke out.",  # rivals in a vote
    "Somalia condemned the MoU as a violation of its sovereignty.",  # a document is no actor
    "Egypt received a statement criticizing Israel.",              # the receiver did not issue it
    "There are no allegations from Congo against Rwanda.",         # negated
    "Russia's ally is not Iran.",                                  # negated
    "The council cancelled a joint defence agreement between Yemen and the UAE.",  # a pact undone
    # a named body's make-up: its members (memberships.py), not an alliance of each pair
    "The Quad is a diplomatic partnership between Australia, India, Japan and the United States.",
    "The suspension of aid to Niger by the EU hurt.",              # aid suspended, no member removed
    "Israel carried out airstrikes, the Syrian Observatory for Human Rights said.",  # a monitor reports
]

SESSION25_POSITIVE = [
    # a class noun the small model splits off the name after it is that name's premodifier, not a second object
    ("Ankara accused NATO ally Greece of arming the islands.", {("place:ankara", O, "country:GRC")}),
    ("Russia condemned EU member Hungary.", {("country:RUS", O, "country:HUN")}),
    # a hyphen participle inside a collective's of-phrase, or on a copula's predicate, describes the subject
    ("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, fired rockets.",
     {("country:IRN", S, "org:islamic-resistance-in-iraq")}),
    ("Kataib Hezbollah is one of several Iran-backed militias in Iraq.",
     {("country:IRN", S, "group:kataib-hezbollah")}),
    ("Kataib Hezbollah is an Iran-backed militia.", {("country:IRN", S, "group:kataib-hezbollah")}),
    # an abbreviation before a cause owns it; an act of force is backed through its owner, not its victim
    ("Trinidad voiced support for US naval operations in the Caribbean.", {("country:TTO", S, "country:USA")}),
    ("Trinidad voiced strong support for the military intervention of the US in the region.",
     {("country:TTO", S, "country:USA")}),
    ("Belarus voiced support for Russia's invasion of Ukraine.",
     {("country:BLR", S, "country:RUS"), ("country:RUS", O, "country:UKR")}),
    # the US Treasury's sanctions list; an act of force laid on someone
    ("The Treasury added Venezuela's defence minister to the Specially Designated Nationals list.",
     {("org:treasury", O, "country:VEN")}),
    ("The United States attributed the drone attack to Kataib Hezbollah.",
     {("country:USA", O, "group:kataib-hezbollah")}),
    # undergoing an attack or a measure by someone; the sanctions verb 'level'
    ("Cuba was subjected to sanctions by the United States.", {("country:USA", O, "country:CUB")}),
    ("The US leveled sanctions against Belarus.", {("country:USA", O, "country:BLR")}),
    # a holding stands for its owner under a hostile verb as under a hostile noun
    ("The UK sanctioned Russian banks.", {("country:GBR", O, "country:RUS")}),
    ("The UK imposed sanctions on 30 ships from Russia's shadow fleet.", {("country:GBR", O, "country:RUS")}),
    # a country's possessive says where; the group named on the noun is the one backed
    ("Yemen's Iran-backed Houthi militia claimed the attack.", {("country:IRN", S, "group:houthis")}),
    ("Rwandese-backed M23 rebels took Goma.", {("country:RWA", S, "group:m23")}),
    # an outlet credited after the clause is not the pronoun's referent; a result clause is not under the intent
    ("The Israeli army said it had struck the port. It also accused the Houthis of moving weapons, AFP reported.",
     {("org:idf", O, "group:houthis")}),
    ("Erdogan accused Greece of breaking the deal, so he intends neither to meet nor to call its leader.",
     {("person:recep-tayyip-erdogan", O, "country:GRC")}),
    ("Maduro condemned the US military actions.", {("person:nicolas-maduro", O, "country:USA")}),
    ("Turkey's military has carried out operations and strikes on PKK bases.", {("country:TUR", O, "group:pkk")}),
    # the owner of a count or trend of acts owns the acts; 'new' on the count is no hedge
    ("The talks came amid the Houthis' recent surge in missile attacks on Israel.", {("group:houthis", O, "country:ISR")}),
    ("A new wave of Russian strikes on Ukraine killed ten.", {("country:RUS", O, "country:UKR")}),
    # a participle of naming on a noun for an actor; a designation as a brand; the target of sanctions
    ("Clashes intensified between Uganda's forces and a militia known as the White Army.",
     {("country:UGA", O, "group:white-army"), ("group:white-army", O, "country:UGA")}),
    ("The State Department's designation of Viv Ansanm as a Foreign Terrorist Organization angered Haiti.",
     {("org:us-state-department", O, "group:viv-ansanm")}),
    ("Cherizier, the target of both UN and US sanctions, called for an uprising.",
     {("country:USA", O, "person:jimmy-cherizier"), ("org:un", O, "person:jimmy-cherizier")}),
    # chasing an actor is fighting it
    ("Ethiopian forces entered Somalia in pursuit of the al-Shabaab militia.", {("country:ETH", O, "group:al-shabaab")}),
    ("Kenya's pursuit of the al-Shabaab militants will not abate.", {("country:KEN", O, "group:al-shabaab")}),
    # a war with someone is between them; sides caught up in a fight oppose each other
    ("Hamas and Fatah have been locked in a feud since 2007.", {("group:hamas", O, "org:fatah"), ("org:fatah", O, "group:hamas")}),
    ("The RSF had been embroiled in a conflict against Sudan's armed forces since April.",
     {("group:rapid-support-forces", O, "country:SDN")}),
    # a reaction drawn from someone; intelligence handed over
    ("The UAE has faced accusations from Sudan of providing support to the RSF.", {("country:SDN", O, "country:ARE")}),
    ("Haftar passed crucial intelligence information to Hemedti.",
     {("person:khalifa-haftar", S, "person:mohamed-hamdan-dagalo")}),
    # a state's installation on its soil; a holder named on the noun; warplanes stand for their state
    ("The United States carried out airstrikes on three nuclear sites in Iran.", {("country:USA", O, "country:IRN")}),
    ("Israeli navy strikes Houthi-controlled Hodeidah port in Yemen.", {("country:ISR", O, "group:houthis")}),
    ("American planes targeted and bombed three Iranian nuclear sites.", {("country:USA", O, "country:IRN")}),
    # suspending trade with a state reduces relations; punishing measures are sanctions
    ("Islamabad suspended trade with India.", {("place:islamabad", O, "country:IND")}),
    ("India imposed punitive measures on Pakistan.", {("country:IND", O, "country:PAK")}),
    ("The EU adopted restrictive measures against Russia.", {("org:eu", O, "country:RUS")}),
]

SESSION25_NO_CLAIM = [
    "Hezbollah is not an Iran-backed militia.",                       # negated copula
    "Kataib Hezbollah, a coalition of Iran-backed militias and tribal fighters, fired.",  # not all of it described
    "Paris voiced support for the Ukraine war effort.",                # a country's name there says where
    "Analysts attributed the price rise to Iran.",                    # no act of force laid on anyone
    "The US did not attribute the attack to Iran.",                   # negated
    "The US did not sanction Chinese firms.",                         # negated
    "Speaking on my Orders, the commander left.",                     # a capitalised common word is no name
    "Fears of a new war between Ethiopia and Eritrea grew.",          # 'new' on the conflict itself hedges it
    "This deployment, named Operation Linda Nchi, weakened al-Shabaab.",  # an act's name is no actor
    "Cherizier is not a target of US sanctions.",                     # negated
    "Kenya's pursuit of peace will not abate.",                       # no actor pursued
    "Hungary is at odds with the EU.",                                # a dispute with a body over policy
    "The two sides could be locked in a new war.",                    # only feared
    "The firm passed customer data to Google.",                       # no help of war handed over
    "Gunmen attacked officials in Iran.",                             # people in a state may be anyone's
    "India imposed security measures on the border.",                 # measures that punish no one
    "India restored trade with Pakistan.",                            # restoring ties is no stance
]

SESSION25_HYPOTHETICAL = [
    ("Russia hopes Serbia will back Moscow.", {("country:SRB", S, "country:RUS")}),  # 'hopes' (lemmatised 'hop')
]

SESSION26_POSITIVE = [
    # coordinated state adjectives on an act noun (the small model labels the first one nmod)
    ("Ugandan and Congolese operations against the ADF went on.",
     {("country:UGA", O, "group:adf"), ("country:COD", O, "group:adf")}),
    ("The joint Ugandan and Congolese offensive against the ADF resumed.",
     {("country:UGA", O, "group:adf"), ("country:COD", O, "group:adf")}),
    # a copula with a 'between' complement names the sides of a fight
    ("The fighting was between the Houthis and Saudi forces.",
     {("group:houthis", O, SAU), (SAU, O, "group:houthis")}),
    # a fight named as the circumstance of the clause has its subject (or the fight's possessor) for a side
    ("The Houthis seized the port after days of clashes with Saudi forces.", {("group:houthis", O, SAU)}),
    ("The RSF took the town following heavy fighting with the Sudanese army.",
     {("group:rapid-support-forces", O, "country:SDN")}),
    ("Pakistani soldiers were killed in clashes with the Taliban.", {("country:PAK", O, "group:taliban")}),
    ("Turkish drones helped Pakistan during its brief hostilities with India.",
     {("country:TUR", S, "country:PAK"), ("country:PAK", O, "country:IND")}),
    # a verbless clause set off after a name predicates of it
    ("The M23, already under US sanctions since 2013, seized Goma.", {("country:USA", O, "group:m23")}),
    # a state's possessive on a named group's noun says where the group is, not whose it is
    ("The U.S. designated Venezuela's Tren de Aragua gang a terrorist group.",
     {("country:USA", O, "group:tren-de-aragua")}),
    # an armed group's name on 'alliance' names the alliance itself
    ("Canada sanctioned the Viv Ansanm alliance.", {("country:CAN", O, "group:viv-ansanm")}),
    ("Canada designated the Viv Ansanm gang alliance as a terrorist organisation.",
     {("country:CAN", O, "group:viv-ansanm")}),
    # verbs that state the stance their object noun names
    ("Egypt has shown strong support for Sudan.", {("country:EGY", S, "country:SDN")}),
    ("Qatar renewed its support for Hamas.", {("country:QAT", S, "group:hamas")}),
    # 'the army' is the home country's; an 'of'-gerund the parser hangs on the agent is the accusation's
    ("Sudan's war goes on. Sudan's economy has collapsed. The UAE has been accused by the army of arming the RSF.",
     {("country:SDN", O, "country:ARE"), ("country:ARE", S, "group:rapid-support-forces")}),
    ("Sudan's war goes on. Sudan's economy has collapsed. Chad has faced accusations from the army of arming the "
     "RSF.", {("country:SDN", O, "country:TCD")}),
    # an object relative clause whose subject the small model labels a compound of the verb
    ("Algeria, which Mali accuses of downing a drone, recalled its envoy.", {("country:MLI", O, "country:DZA")}),
    # 'back' tagged a preposition heading a relative clause
    ("Turkey and Qatar, which back Syria's government, met.",
     {(TUR, S, "country:SYR"), ("country:QAT", S, "country:SYR")}),
    # a participle of a standing relation on a class noun in apposition
    ("The ADF, a group allied with the Islamic State, attacked a village.", {("group:adf", S, "group:islamic-state")}),
    # a fronted past participle clause with an agent describes the main clause's subject
    ("Backed by Iran, the Houthis seized a ship.", {(IRN, S, "group:houthis")}),
    ("Armed by Russia, Haftar's forces advanced on Tripoli.", {(RUS, S, "person:khalifa-haftar")}),
    # relying on a patron for security or survival
    ("Assad has depended on Russia for his survival.", {(RUS, S, "person:bashar-al-assad")}),
    # a quantified relative pronoun stands for every conjunct of the clause's head
    ("China and Turkey, both of which had backed Pakistan, were criticised.",
     {("country:CHN", S, "country:PAK"), (TUR, S, "country:PAK")}),
    # working with a side in a fight against a named actor is fighting alongside it
    ("Kenya works closely with Somalia in the fight against al-Shabaab.",
     {("country:KEN", S, "country:SOM"), ("country:KEN", O, "group:al-shabaab")}),
    # a noun of taking part whose complement is the fight
    ("Uganda has been a major contributor to operations against al-Shabaab.", {("country:UGA", O, "group:al-shabaab")}),
    ("Uganda is part of the war against al-Shabaab.", {("country:UGA", O, "group:al-shabaab")}),
    # summoning (or calling in) a state's envoy with a protest reason is a formal protest (CAMEO 114)
    ("Peru summoned Chile's envoy over the border row.", {("country:PER", O, "country:CHL")}),
    ("Denmark called in the American envoy to protest the operation.", {("country:DNK", O, USA)}),
    # a capital the model tags as a place speaks for its state
    ("Kuala Lumpur condemned Beijing.", {("place:kuala-lumpur", O, "country:CHN")}),
    # a definite act noun refers back to the same act named just before, by a noun or a verb
    ("India struck nine sites on Wednesday. The strikes targeted Lashkar-e-Taiba.",
     {("country:IND", O, "group:lashkar-e-taiba")}),
    # a measure being restored is held by its restorer, not by the body named on it
    ("France and Germany moved to restore UN sanctions on Iran.",
     {("country:FRA", O, IRN), ("country:DEU", O, IRN)}),
    # the subject of a verb of making an accusation is the accuser
    ("Kenya has repeated accusations that Rwanda backs the M23.",
     {("country:KEN", O, "country:RWA"), ("country:RWA", S, "group:m23")}),
]

SESSION26_NO_CLAIM = [
    "The fighting was not between Hamas and Fatah.",                 # negated copula
    "The UN warned of possible clashes with Hezbollah.",              # only feared, and no side's clause
    "Aid workers arrived after clashes with Hezbollah ended.",        # the fight's own clause, no side named
    "Hungary blocked a new EU aid package to Ukraine.",               # a blocked measure is not in force
    "Slovakia vetoed further EU sanctions on Russia.",                # a vetoed measure is not in force
    "The army has been accused by rights groups of abuses.",          # no home country named, no actor accused
    "Criticised by Russia, the plan was dropped.",                    # a plan is no actor
    "Iran depends on China for its oil sales.",                       # trade is no backing
    "Kenya works closely with Somalia in the fight against poverty.",  # no actor fought
    "Kenya is part of the debate on al-Shabaab.",                     # a debate is no fight
    "Gunmen attacked a bus. The attack killed ten.",                  # the act's agent is no actor
    # a plural noun for people between a coordination and 'they' is the nearer antecedent
    "A force of troops from Kenya and Uganda forced out the rebels from towns they had seized from Congo.",
]

# Every case list of this module: the base sets and the later cue families (CAMEO-derived cues, reducing
# relations, juntas / attack nouns / diplomats ordered out), all held to the same three checks.
SESSION27_POSITIVE = [
    # "head of state / government" is a title that speaks for its owner, by possessive or demonym
    ("Niger's head of state accused Benin of hosting foreign troops.", {("country:NER", O, "country:BEN")}),
    ("The Gabonese head of government condemned the junta in Niger.", {("country:GAB", O, "country:NER")}),
    # the press drops pycountry's inner article ("the Republic of Sudan"); a portfolio named before the state
    ("The Republic of Sudan accused Chad of backing the RSF.",
     {("country:SDN", O, "country:TCD"), ("country:TCD", S, "group:rapid-support-forces")}),
    ("The minister of foreign affairs of the Republic of Kenya accused Uganda of arming the rebels.",
     {("country:KEN", O, "country:UGA")}),
    # a measure named in the of-phrase of a noun of enacting it; 'agree' as a light verb of sanctions
    ("London announced the imposition of sanctions on Rwanda.", {("place:london", O, "country:RWA")}),
    ("The EU approved an extension of sanctions against Belarus.", {("org:eu", O, "country:BLR")}),
    ("The EU agreed fresh sanctions on Iran.", {("org:eu", O, IRN)}),
    # a state's military vehicles and convoys stand for the state as the side attacked
    ("Israeli jets struck Syrian military vehicles near Quneitra.", {("country:ISR", O, SYR)}),
    ("The Ukrainian drones hit a Russian army convoy.", {("country:UKR", O, RUS)}),
    # a ruling body a state's possessive owns is the state's, whoever holds it
    ("Afghanistan's Taliban government accused Pakistan of carrying out airstrikes.",
     {("country:AFG", O, "country:PAK")}),
    # a participle of composition lists the actors a collective noun stands for
    ("A bloc of Gulf states, composed of Saudi Arabia, Bahrain and the UAE, imposed a blockade on Qatar.",
     {(SAU, O, "country:QAT"), ("country:BHR", O, "country:QAT"), ("country:ARE", O, "country:QAT")}),
    ("A coalition comprising Kenya and Ethiopia attacked al-Shabaab.",
     {("country:KEN", O, "group:al-shabaab"), ("country:ETH", O, "group:al-shabaab")}),
    # closing ranks behind an actor
    ("Poland and Lithuania are united behind Ukraine.",
     {("country:POL", S, "country:UKR"), ("country:LTU", S, "country:UKR")}),
    ("Latvia rallied behind Estonia.", {("country:LVA", S, "country:EST")}),
    # an of-phrase after the last of coordinated actor nouns completes each of them
    ("Russia and China remain key supporters and suppliers of Myanmar.",
     {(RUS, S, "country:MMR"), ("country:CHN", S, "country:MMR")}),
    # the possessor of a noun of enacting a measure is its agent
    ("The crisis deepened after ECOWAS's imposition of sanctions on Mali.", {("org:ecowas", O, "country:MLI")}),
    # a deadline to leave given to a state's envoy expels the envoy
    ("Mali gave the French ambassador 72 hours to leave.", {("country:MLI", O, "country:FRA")}),
]

SESSION27_NO_CLAIM = [
    "The protester was shot in the head during the rally.",          # a body part, no office
    "Britain opposed the imposition of a tariff on steel.",           # a measure no actor suffers
    "The two parties agreed on the lifting of sanctions.",            # sanctions ended, no target
    "Students rallied in the capital.",                               # no one rallied behind
    "Mali gave the French ambassador a warm welcome.",                # a welcome is no expulsion
]

SESSION28_POSITIVE = [
    # a list spelling out a held noun names the targets, not the holdings' owner
    ("Beijing sanctioned five American arms makers, including Lockheed Martin and Raytheon.",
     {("place:beijing", O, "org:lockheed-martin"), ("place:beijing", O, "org:rtx")}),
    ("The EU imposed sanctions on four officials, including Viktor Medvedchuk.",
     {("org:eu", O, "person:viktor-medvedchuk")}),
    # a state's legislature or police acts for the state; a bare organ name the kb gives to another state
    ("Iraq's parliament condemned Turkey over the raids.", {("country:IRQ", O, "country:TUR")}),
    ("The Peruvian Congress condemned Mexico.", {("country:PER", O, "country:MEX")}),
    ("Colombian police arrested Ivan Marquez on Monday.", {("country:COL", O, "person:ivan-marquez")}),
    # a named actor declared unwelcome
    ("Ecuador declared Gustavo Petro persona non grata.", {("country:ECU", O, "person:gustavo-petro")}),
    # sheltering a wanted person
    ("Brazil granted political asylum to Evo Morales.", {("country:BRA", S, "person:evo-morales")}),
    # punishing tariffs, countermeasures, retaliation against a state's tariffs
    ("Ottawa slapped retaliatory tariffs on the United States.", {("place:ottawa", O, USA)}),
    ("Beijing announced countermeasures against Japan.", {("place:beijing", O, "country:JPN")}),
    ("Canada unveiled retaliatory measures against tariffs imposed by Washington.",
     {("country:CAN", O, USA)}),
    # coercive pressure, attacks suffered, the launch of a war
    ("Russia stepped up military pressure on Moldova.", {(RUS, O, "country:MDA")}),
    ("Estonia has been the target of Russian cyberattacks.", {(RUS, O, "country:EST")}),
    ("The strikes followed Israel's launch of a war against Iran.", {("country:ISR", O, IRN)}),
    # a legal act against a named person; an entry ban; an abduction
    ("Peru launched a criminal investigation against Pedro Castillo.",
     {("country:PER", O, "person:pedro-castillo")}),
    ("Washington banned Evo Morales from entering the country.",
     {("place:washington", O, "person:evo-morales")}),
    ("Venezuela's Attorney General's Office opened a case against Maria Corina Machado.",
     {("country:VEN", O, "person:maria-corina-machado")}),
    # an adverbial clause beside a call is the caller's own act
    ("Chile called for a ceasefire while accusing Israel of war crimes.", {("country:CHL", O, "country:ISR")}),
    # a scraper's date stamp (and a wire dateline after it) is no part of the first sentence
    ("date 2024-03-02 Poland and Lithuania condemned the Russian strikes on Ukraine.",
     {("country:POL", O, RUS), ("country:LTU", O, RUS), (RUS, O, "country:UKR")}),
    ("date 2024-03-02 KYIV \u2013 Poland's ambassador to the United Nations condemned Belarus.",
     {("country:POL", O, "country:BLR")}),
    # a conjunct stance noun shares the first noun's light verb
    ("Egypt condemned the raid. It affirmed its solidarity and full support for Jordan.",
     {("country:EGY", S, "country:JOR")}),
    # a counted description may carry a description of the pair
    ("Armenia and Azerbaijan signed a truce. The two former Soviet republics accused each other of breaking it.",
     {("country:ARM", O, "country:AZE"), ("country:AZE", O, "country:ARM")}),
    # a stance noun compounded on a carrier noun; bringing a measure into force
    ("Brussels adopted its sixteenth sanctions package against Belarus.", {("place:brussels", O, "country:BLR")}),
    ("Japan activated a sanctions mechanism against North Korea.", {("country:JPN", O, "country:PRK")}),
    # acting militarily alongside a side; a designation under a sanctions authority
    ("Rwandan troops intervened alongside the Mozambican army.", {("country:RWA", S, "country:MOZ")}),
    ("The US Treasury designated Yevgeny Prigozhin under Executive Order 14024.",
     {("org:us-treasury", O, "person:yevgeny-prigozhin")}),
    # condemning an act named with its agent in a by-phrase
    ("Jordan condemned the targeting of the convoy by Israel.", {("country:JOR", O, "country:ISR")}),
    # a text issued by a body and made to speak by a relative clause
    ("The G7 issued a communique that condemned North Korea.", {("org:g7", O, "country:PRK")}),
    # an attributive participle the parser reads as a gerund
    ("Kyiv launched a counteroffensive against occupying Russian forces.", {("place:kyiv", O, RUS)}),
    # a region's possessive places the noun; the state named on it is whose ally it is
    ("Laos is one of Southeast Asia's closest China allies.", {("country:LAO", S, "country:CHN")}),
    # the one relied on, named as a backer
    ("Belarus depends on Russia as its main protector.", {(RUS, S, "country:BLR")}),
    # a tariff given a punishing reason; goods from a state are its trade
    ("Washington imposed a tariff on imports from Brazil in retaliation for the ruling.",
     {("place:washington", O, "country:BRA")}),
    # an agentless passive of a measure is taken by the one actor who took it just before
    ("Canada imposed sanctions on Iran. Ebrahim Raisi was also sanctioned.",
     {("country:CAN", O, IRN), ("country:CAN", O, "person:ebrahim-raisi")}),
    # cyber operations: named state-backed groups, intrusions into an actor's networks, blame for a hack
    ("Sandworm breached Ukrainian networks.", {("group:sandworm", O, "country:UKR")}),
    ("London attributed the cyberattack to the GRU.", {("place:london", O, RUS)}),  # (a state's intelligence agency)
    # an intervener joining a case sides with its applicant; a criminal charge; judges stand for their court
    ("Ireland joined South Africa's case against Israel.",
     {("country:ZAF", O, "country:ISR"), ("country:IRL", O, "country:ISR")}),
    ("Ukraine charged Viktor Medvedchuk with treason.", {("country:UKR", O, "person:viktor-medvedchuk")}),
    ("Washington imposed sanctions on two ICC judges.", {("place:washington", O, "org:icc")}),
]

SESSION28_NO_CLAIM = [
    "Moscow backs a breakaway Georgian region.",                       # breaking away from Georgia
    "The council adopted a resolution against Iran. Russia and China opposed it.",  # 'it' is the text
    "Japan slapped tariffs on steel imports.",                         # an ordinary tariff on goods
    "The EU put pressure on Serbia to open talks.",                   # unqualified pressure: a call
    "Police arrested two men near the embassy.",                       # no named actor
    "The ministry opened an investigation into the crash.",            # an inquiry, not an adversary
    "The drones struck the Ramat Yosef airbase overnight.",           # a site is no actor
    "Cambodia depends on China.",                                      # reliance with no help named
    "Iran condemned the declaration that accused it of lying.",       # a text condemned, not issued
    "Washington imposed a tariff on steel imports over the summer.",   # no punishing reason, no owner
    "Canada and Japan imposed sanctions. Ebrahim Raisi was also sanctioned.",  # two imposers: whose is unknown
    "The EU sanctioned Moldova's former leaders.",                     # former officials act for no state
    "The ousted Afghan president criticised Pakistan.",                # nor does a removed one
    "Baku launched an offensive against the ethnic Armenian enclave.", # a people, not the state
    "Japan and India have targeted Vietnam as a key partner.",         # courted, not attacked
    "Chinese hackers breached the networks.",                          # a demonym is no owner of hackers
    "Iran breached the ceasefire.",                                     # an agreement is no actor
]


SESSION29_POSITIVE = [
    # a sum given in the noun stands as the light verb's object
    ("Denmark provided $300 million in military aid to Ukraine.", {("country:DNK", S, UKR)}),
    ("Norway has allocated €2 billion in military assistance to Ukraine.", {("country:NOR", S, UKR)}),
    ("Canada sent billions of dollars in military aid to Ukraine.", {("country:CAN", S, UKR)}),
    ("Britain pledged £40 million in support for Moldova.", {("country:GBR", S, "country:MDA")}),
    ("Britain pledged £40 million in support of Moldova.", {("country:GBR", S, "country:MDA")}),
    # a measure its holders agree or decide on
    ("EU ministers agreed on fresh sanctions against Belarus.", {("org:eu", O, "country:BLR")}),
    ("The EU reached an agreement on new sanctions against Belarus.", {("org:eu", O, "country:BLR")}),
    # the reason for punishing someone is that one's own deed; a reason phrase is no light verb's object
    ("The EU imposed sanctions on Iran over its supply of drones to Russia.",
     {("org:eu", O, "country:IRN"), ("country:IRN", S, RUS)}),
    ("The EU agreed on sanctions against Iran over its supply of drones to Russia.",
     {("org:eu", O, "country:IRN"), ("country:IRN", S, RUS)}),
    # 'in (their) support for X' after an adjective of resolve
    ("Latvia and Lithuania remain steadfast in their support for Ukraine.",
     {("country:LVA", S, UKR), ("country:LTU", S, UKR)}),
    # an envoy named with an office's title; staff named as an embassy's
    ("Kenya expelled Somalia's acting Ambassador Ali Hassan.", {("country:KEN", O, "country:SOM")}),
    ("Mali ordered ten French embassy officials to leave the country.", {("country:MLI", O, "country:FRA")}),
    # a described definite group noun refers back to the group named before
    ("Turkey shelled the PKK. The militant group is backed by Iran.",
     {("country:TUR", O, "group:pkk"), ("country:IRN", S, "group:pkk")}),
    # an article's own definition of an acronym outranks the kb's other bearer of it
    ("Kenya trains the Somali National Army (SNA). Egypt backs the SNA.",
     {("country:KEN", S, "country:SOM"), ("country:EGY", S, "country:SOM")}),
    # the 'by' phrase misplaced on an active verb is the object's agent, for the adjunct after it too
    ("Hamas denounced an offensive by the Israeli army in support of the settlers.",
     {("group:hamas", O, "country:ISR")}),
    # a series of condemned acts; its own 'by' phrase
    ("Poland condemned a series of cyberattacks by Russia.", {("country:POL", O, RUS)}),
    # a coalition named after its leading state acts as that state
    ("The Saudi-led coalition bombed Houthi positions.", {("org:saudi-led-coalition", O, "group:houthis")}),
    # a measure that aims at someone is its imposer's, named on it or just before
    ("EU sanctions target Gazprom and Novatek.", {("org:eu", O, "org:gazprom"), ("org:eu", O, "org:novatek")}),
    ("Canada imposed new sanctions on Friday. The sanctions target Gazprom.",
     {("country:CAN", O, "org:gazprom")}),
    # warrants for the arrest of someone
    ("The ICC issued warrants for the arrest of Vladimir Putin and Sergei Shoigu.",
     {("org:icc", O, "person:vladimir-putin"), ("org:icc", O, "person:sergei-shoigu")}),
    # an -ing verb the model leaves unlemmatised
    ("With Iran and Russia backing Syria to the hilt, the rebels retreated.",
     {(IRN, S, SYR), (RUS, S, SYR)}),
    # the maker of an undertaking does what its purpose infinitive says
    ("Germany initiated a process to reimpose sanctions on Iran.", {("country:DEU", O, IRN)}),
    # a measure's target did the deed it punishes; diplomatic teams belong to their state
    ("Britain imposed sanctions on Ivanishvili for undermining Georgia.",
     {("country:GBR", O, "person:bidzina-ivanishvili"), ("person:bidzina-ivanishvili", O, "country:GEO")}),
    ("Caracas ordered the expulsion of the Peruvian diplomatic teams.", {("place:caracas", O, "country:PER")}),
    # who a role noun is said to include: among the sanctioned, one of them, 'the sanctioned include'
    ("Belarus and Iran are among the seven countries sanctioned by Canada.",
     {("country:CAN", O, "country:BLR"), ("country:CAN", O, IRN)}),
    ("Igor Chaika is one of the businessmen sanctioned by the EU.", {("org:eu", O, "person:igor-chaika")}),
    ("The individuals sanctioned by the EU include Vladimir Plahotniuc.", {("org:eu", O, "person:vladimir-plahotniuc")}),
    # opposing an actor's act of force or arms sale opposes the actor
    ("China opposes US arms sales to Taiwan.", {("country:CHN", O, USA), (USA, S, "country:TWN")}),
    ("Beijing strongly opposes the US strikes on Iran.", {("place:beijing", O, USA), (USA, O, IRN)}),
    # a measure's participle on a plural noun whose members are listed
    ("Canada imposed sanctions on Tuesday. The sanctioned companies are Rosneft and Gazprom.",
     {("country:CAN", O, "org:rosneft"), ("country:CAN", O, "org:gazprom")}),
    ("Canada imposed sanctions on Tuesday. Among the targeted companies is Rosneft.", {("country:CAN", O, "org:rosneft")}),
    # a name hung as an apposition but followed by a reporting verb is the speaker
    ("Norway agreed to deliver two air defence systems to Ukraine, Polish President Andrzej Duda said.",
     {("country:NOR", S, UKR)}),
    # a search of someone's premises
    ("Czech authorities searched the premises of Petr Bystron.", {("country:CZE", O, "person:petr-bystron")}),
]

SESSION29_NO_CLAIM = [
    "Britain provided £2 billion in humanitarian aid to Gaza.",         # aid that is not military
    "The EU failed to agree on new sanctions against Belarus.",         # an agreement not reached
    "Washington denounced a series of cyberattacks, targeting Estonian banks.",  # the attacks target, not the denouncer
    "The suspension followed a public clash between their leaders.",   # a row in words
    "Kenya expelled embassy staff.",                                     # no owner named
    "France opposed a plan to sanction Iran.",                          # a plan judged, not made
    "The EU condemned Georgia's ruling party.",                         # a party is not its state
    "Russia opposes NATO expansion.",                                   # a policy, not an act of force
    "The targeted sites are Fordow and Natanz.",                        # no measure taken before
    # a collective the kb does not name is no actor of a table row (session 29; these two were claims before)
    "Western countries on Thursday demanded that Syrian President Bashar al-Assad step aside.",
    "Arab states boycotted Israel for decades.",
    "Britain reaffirmed its commitment to a free and democratic Libya.",  # an idea of the place, no actor
    "Rescuers searched the house of the mayor for survivors.",          # no actor's premises
    "The EU and Britain imposed sanctions. The sanctions target Gazprom.",  # two imposers: whose is unknown
]


SESSION30_POSITIVE = [
    # bans and proscriptions of a named group or body; its activities stand for it
    ("Jordan announced a ban on all activities of the Muslim Brotherhood.", {("country:JOR", O, "group:muslim-brotherhood")}),
    ("Germany has imposed a ban on the activities of Hezbollah.", {("country:DEU", O, "group:hezbollah")}),
    ("The German interior minister banned Hezbollah activities in the country.", {("country:DEU", O, "group:hezbollah")}),
    ("The British government moved to proscribe Hamas in its entirety.", {("country:GBR", O, "group:hamas")}),
    ("Germany imposed sanctions on the assets of Hezbollah.", {("country:DEU", O, "group:hezbollah")}),
    # the one branded read as the subject of a verbless clause
    ("Saudi Arabia on Friday declared the Muslim Brotherhood a terrorist group.",
     {("country:SAU", O, "group:muslim-brotherhood")}),
    # a state's prosecutors act for it
    ("US prosecutors charged Nikhil Gupta with plotting a murder.", {(USA, O, "person:nikhil-gupta")}),
    ("Nikhil Gupta has been charged by US federal prosecutors with plotting a murder.", {(USA, O, "person:nikhil-gupta")}),
    # the ones a measure names, after a pronoun or a noun the participle qualifies
    ("China sanctioned Tom Tugendhat on Friday. Those sanctioned include the lawmakers Tom Tugendhat and Nusrat Ghani.",
     {("country:CHN", O, "person:tom-tugendhat"), ("country:CHN", O, "person:nusrat-ghani")}),
    ("Those blacklisted by China's latest sanctions are Tom Tugendhat and Nusrat Ghani.",
     {("country:CHN", O, "person:tom-tugendhat"), ("country:CHN", O, "person:nusrat-ghani")}),
    ("China imposed sanctions on Tom Tugendhat. The nine people facing sanctions are Tom Tugendhat and Nusrat Ghani.",
     {("country:CHN", O, "person:tom-tugendhat"), ("country:CHN", O, "person:nusrat-ghani")}),
    # reciprocal expulsions
    ("Canada and India expelled each other's diplomats.", {("country:CAN", O, "country:IND"), ("country:IND", O, "country:CAN")}),
    ("India and Canada each expelled the other's ambassador.",
     {("country:CAN", O, "country:IND"), ("country:IND", O, "country:CAN")}),
    # alleging a part in a deed
    ("Canada alleged that India was involved in the killing.", {("country:CAN", O, "country:IND")}),
    ("Canada alleged Pakistan's role in the attack.", {("country:CAN", O, "country:PAK")}),
    # a list of enemies named by its members
    ("Russia added Boris Akunin to its list of foreign agents.", {(RUS, O, "person:boris-akunin")}),
    # wanted by the authorities for a crime
    ("Osama bin Laden was wanted by the United States for the bombings.", {(USA, O, "person:osama-bin-laden")}),
    # the whole of a group branded; a blacklist's owner holds the ones it includes
    ("Israel declared all of Hezbollah a terrorist group.", {("country:ISR", O, "group:hezbollah")}),
    ("The Saudi terrorism list also includes Hezbollah and al-Qaeda.",
     {(SAU, O, "group:hezbollah"), (SAU, O, "group:al-qaeda")}),
    ("The US sanctions list includes Rosneft.", {(USA, O, "org:rosneft")}),
    # 'include' is a listing verb too: putting someone on a blacklist
    ("The US included Hezbollah on its terror list.", {(USA, O, "group:hezbollah")}),
]

SESSION30_NO_CLAIM = [
    "The ban on Hamas was lifted.",                                      # a ban ended
    "Those killed include Tom Tugendhat.",                               # no measure named
    "The two men facing charges are Tom Tugendhat and Nusrat Ghani.",    # no imposer named before
    "India and Canada each praised the other's ambassador.",             # no hostile verb
    "Canada alleged that India was praised by the press.",             # no part in a deed alleged
    "Russia added Boris Akunin to its list of guests.",                  # a list of no enemies
    "India wants Gurpatwant Singh Pannun to return.",                    # only the passive with its reason
    "Russia declared the war a special operation.",                      # an act named, no actor branded
    "Israel declared all of the territory a closed zone.",               # a place, no actor
    "Russia's guest list includes Hezbollah.",                           # a list of no enemies
    "The list includes Hezbollah.",                                      # no owner named
]


ALL_ASSERTED = (POSITIVE + CAMEO_POSITIVE + REDUCE_POSITIVE + ROUND_POSITIVE + ISSUE12_POSITIVE + DEMAND_POSITIVE
                + ROUND3_POSITIVE + FORCE_POSITIVE + ENCOUNTER_POSITIVE + OFFICIAL_POSITIVE + HOME_POSITIVE
                + FIGHT_POSITIVE + INSURGENCY_POSITIVE + NOMINAL_POSITIVE
                + PREVENT_POSITIVE + COUNTRY_POSITIVE + CONDEMNED_POSITIVE + REFERENCE_POSITIVE + POSTED_POSITIVE
                + AGENT_POSITIVE + ATTRIBUTION_POSITIVE + GIVING_POSITIVE + TAKING_POSITIVE + FOUNDING_POSITIVE + SESSION11_POSITIVE
                + SESSION12_POSITIVE + SESSION13_POSITIVE + SESSION14_POSITIVE + SESSION15_POSITIVE + SESSION20_POSITIVE
                + SESSION21_POSITIVE + SESSION22_POSITIVE + SESSION23_POSITIVE + SESSION24_POSITIVE
                + SESSION25_POSITIVE + SESSION26_POSITIVE + SESSION27_POSITIVE + SESSION28_POSITIVE
                + SESSION29_POSITIVE + SESSION30_POSITIVE)
ALL_HYPOTHETICAL = (HYPOTHETICAL + CAMEO_HYPOTHETICAL + REDUCE_HYPOTHETICAL + ISSUE12_HYPOTHETICAL + DEMAND_HYPOTHETICAL
                    + FORCE_HYPOTHETICAL + ENCOUNTER_HYPOTHETICAL + OFFICIAL_HYPOTHETICAL
                    + FIGHT_HYPOTHETICAL + INSURGENCY_HYPOTHETICAL + NOMINAL_HYPOTHETICAL + COUNTRY_HYPOTHETICAL
                    + CONDEMNED_HYPOTHETICAL + FOUNDING_HYPOTHETICAL + SESSION12_HYPOTHETICAL + SESSION13_HYPOTHETICAL
                    + SESSION22_HYPOTHETICAL + SESSION25_HYPOTHETICAL)
ALL_NO_CLAIM = (NO_CLAIM + CAMEO_NO_CLAIM + REDUCE_NO_CLAIM + ROUND_NO_CLAIM + ISSUE12_NO_CLAIM + DEMAND_NO_CLAIM
                + ROUND3_NO_CLAIM + FORCE_NO_CLAIM + ENCOUNTER_NO_CLAIM + OFFICIAL_NO_CLAIM + HOME_NO_CLAIM
                + FIGHT_NO_CLAIM + INSURGENCY_NO_CLAIM + NOMINAL_NO_CLAIM
                + PREVENT_NO_CLAIM + COUNTRY_NO_CLAIM + CONDEMNED_NO_CLAIM + REFERENCE_NO_CLAIM + POSTED_NO_CLAIM
                + AGENT_NO_CLAIM + ATTRIBUTION_NO_CLAIM + GIVING_NO_CLAIM + TAKING_NO_CLAIM + FOUNDING_NO_CLAIM + SESSION11_NO_CLAIM
                + SESSION12_NO_CLAIM + SESSION13_NO_CLAIM + SESSION14_NO_CLAIM + SESSION15_NO_CLAIM + SESSION20_NO_CLAIM
                + SESSION21_NO_CLAIM + SESSION22_NO_CLAIM + SESSION23_NO_CLAIM + SESSION24_NO_CLAIM
                + SESSION25_NO_CLAIM + SESSION26_NO_CLAIM + SESSION27_NO_CLAIM + SESSION28_NO_CLAIM
                + SESSION29_NO_CLAIM + SESSION30_NO_CLAIM)


@pytest.mark.parametrize("text,expected", ALL_ASSERTED, ids=[t for t, _ in ALL_ASSERTED])
def test_asserted_claims(nlp, kb, text, expected):
    """Every expected claim is found and no other asserted claim is."""
    rows = _rows(nlp, kb, text)
    assert _triples(rows, "asserted") == expected


@pytest.mark.parametrize("text,expected", ALL_HYPOTHETICAL, ids=[t for t, _ in ALL_HYPOTHETICAL])
def test_hypothetical_claims(nlp, kb, text, expected):
    """Modal, conditional, questioned or intended stances are marked hypothetical, never asserted."""
    rows = _rows(nlp, kb, text)
    assert _triples(rows, "asserted") == set()
    assert _triples(rows, "hypothetical") == expected


@pytest.mark.parametrize("text", ALL_NO_CLAIM)
def test_no_claim(nlp, kb, text):
    """Stances toward events or policies, negated stances, non-actors and mere mentions give no claim."""
    assert _rows(nlp, kb, text) == []


def test_case_counts():
    """The sentence set spans at least 50 sentences, 15 of them without a claim."""
    assert len(POSITIVE) + len(HYPOTHETICAL) + len(NO_CLAIM) >= 50
    assert len(NO_CLAIM) >= 15


@pytest.mark.parametrize("text,source,field,value", [
    ("Iran says Russia supports Assad.", RUS, "attributed_to", IRN),
    ("According to the Kremlin, Iran backs Hezbollah.", IRN, "attributed_to", "org:kremlin"),
    ("Russia backs Bashar al-Assad.", RUS, "attributed_to", None),
    ("Russia backs Bashar al-Assad.", RUS, "level", "stated"),
    ("Russia backs Bashar al-Assad.", RUS, "source_country_id", RUS),
    ("Putin supports Assad.", "person:vladimir-putin", "level", "rolled_up"),
    ("Putin supports Assad.", "person:vladimir-putin", "source_country_id", RUS),
    ("Tehran armed the Houthis.", "place:tehran", "source_country_id", IRN),
    # a person under a state title owned by a country speaks for it (not in the kb)
    ("Bolivia's President Luis Mamani condemned Chile.", "person:luis-mamani", "source_country_id", "country:BOL"),
    ("Chilean Foreign Minister Araya condemned Peru.", "person:araya", "level", "rolled_up"),
    # an office in apposition, a seat of power as the owner, and a later bare mention of a titled person
    ("Jorge Tapia, the Bolivian navy spokesperson, condemned Chile.", "person:jorge-tapia", "source_country_id",
     "country:BOL"),
    ("White House spokeswoman Karen Lowell accused Peru of lying.", "person:karen-lowell", "source_country_id",
     "country:USA"),
    ("Chile's UN ambassador Raul Vidal spoke on Monday. On Tuesday, Raul Vidal criticized Peru.", "person:raul-vidal",
     "source_country_id", "country:CHL"),
    ("Jorge Tapia, the Bolivian navy spokesperson, spoke on Monday. Tapia condemned Chile.", "person:jorge-tapia",
     "source_country_id", "country:BOL"),
    ("Raul Vidal, a spokesperson for the campaign, criticized Peru.", "person:raul-vidal", "source_country_id", None),
    # a state organ named by its country, unknown to the kb, acts for that country
    ("The Vietnam Coast Guard accused China of ramming its boats.", "org:vietnam-coast-guard", "source_country_id",
     "country:VNM"),
    ("Tehran armed the Houthis.", "place:tehran", "level", "rolled_up"),
    ("The Kremlin backs Assad.", "org:kremlin", "source_country_id", RUS),
    ("Hezbollah fighters defend Assad's forces.", "group:hezbollah", "source_country_id", None),
    ("Assad has survived the war. Russia and Iran support him.", RUS, "target_text", "him"),
    ("Turkey said it backs the Free Syrian Army.", TUR, "source_text", "it"),
    ("Russia is Assad's closest ally.", RUS, "trigger", "ally"),
    ("Russia launched air strikes in support of Assad.", RUS, "trigger", "in support of"),
    ("Moscow continued to prop up Assad's forces.", "place:moscow", "trigger", "prop up"),
])
def test_record_fields(nlp, kb, text, source, field, value):
    """Attribution, country roll-up, texts as written and triggers."""
    rows = [r for r in _rows(nlp, kb, text) if r["source_id"] == source]
    assert rows, text
    assert rows[0][field] == value


def test_records_fit_the_table_and_quote_their_sentence(nlp, kb):
    """Rows fit SCHEMAS['relations'], and each sentence contains its source and target as written."""
    text = " ".join(t for t, _ in POSITIVE[:20])
    doc = nlp(text)
    rows = list(relations(doc, kb))
    assert len(rows) >= 15
    for r in rows:
        assert r["source_text"] in r["sentence"] and r["target_text"] in r["sentence"]
        assert text[r["sent_start"]:r["sent_end"]] == r["sentence"]
    df = tables.frame("relations", [{"article_id": "a", **r} for r in rows])
    assert len(df) == len(rows)


def test_doc_is_not_modified(nlp, kb):
    """relations() only reads the doc."""
    doc = nlp("The US and Arab countries, plus Turkey, all want Assad to go. Russia and Iran support him.")
    before = doc.to_json()
    list(relations(doc, kb))
    assert doc.to_json() == before


# --------------------------------------------------------------------------------------------------
# Seeds (acceptance facts from DESIGN.md)


@pytest.fixture(scope="module")
def seed_rows(nlp, kb):
    """Relations rows per seed article (keyed by the file's 3-digit prefix)."""
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        out[path.name[:3]] = list(relations(nlp(path.read_text(encoding="utf-8")), kb))
    return out


def _countries(rows, relation, target=ASSAD):
    return {r["source_country_id"] for r in rows
            if r["relation"] == relation and r["target_id"] == target and r["modality"] == "asserted"}


@pytest.mark.parametrize("seed", ["000", "003", "004"])
def test_seed_supporters_of_assad(seed_rows, seed):
    """Russia and Iran are Assad's supporters in each seed article."""
    assert {RUS, IRN} <= _countries(seed_rows[seed], S)


@pytest.mark.parametrize("seed,opposers", [("000", {USA, SAU, TUR}), ("004", {USA, TUR})])
def test_seed_opposers_of_assad(seed_rows, seed, opposers):
    """The US, Saudi Arabia and Turkey (000) and the US and Turkey (004) want Assad gone."""
    assert opposers <= _countries(seed_rows[seed], O)


@pytest.mark.parametrize("seed", ["000", "003", "004"])
def test_seed_never_wrong_side(seed_rows, seed):
    """The US, Saudi Arabia and Turkey never support Assad; Russia and Iran never oppose him."""
    rows = seed_rows[seed]
    assert not ({USA, SAU, TUR} & _countries(rows, S))
    assert not ({RUS, IRN} & _countries(rows, O))
    for r in rows:
        if r["target_id"] == ASSAD:
            assert not (r["relation"] == S and r["source_id"] in {USA, SAU, TUR})


def test_seed_rows_quote_their_sentence(seed_rows):
    """Every seed row's sentence contains its source and target text."""
    for rows in seed_rows.values():
        for r in rows:
            assert r["source_text"] in r["sentence"] and r["target_text"] in r["sentence"]


def test_seed_table(seed_tables):
    """The built relations table of the seeds has Russia and Iran supporting Assad."""
    rel = seed_tables["relations"]
    sup = rel[(rel["relation"] == S) & (rel["target_id"] == ASSAD)]
    assert {RUS, IRN} <= set(sup["source_country_id"].dropna())
    opp = rel[(rel["relation"] == O) & (rel["target_id"] == ASSAD)]
    assert not ({RUS, IRN} & set(opp["source_country_id"].dropna()))


def test_a_list_parsed_as_a_chain_of_appositions_keeps_every_item(nlp, kb):
    """The small model sometimes hangs the third item of "A, B, the C and the D condemned X" as a second
    apposition of A (seen on real wire copy): every item is still a side, the earlier items lying between."""
    from spacy.tokens import Doc
    words = ["Norway", ",", "Sweden", ",", "the", "United", "Kingdom", "and", "the", "European", "Union",
             "condemned", "Chile", "'s", "actions", "."]
    heads = [11, 0, 0, 0, 6, 6, 0, 6, 10, 10, 6, 11, 14, 12, 11, 11]
    deps = ["nsubj", "punct", "appos", "punct", "det", "compound", "appos", "cc", "det", "compound", "conj",
            "ROOT", "poss", "case", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN",
           "VERB", "PROPN", "PART", "NOUN", "PUNCT"]
    tags = ["NNP", ",", "NNP", ",", "DT", "NNP", "NNP", "CC", "DT", "NNP", "NNP", "VBD", "NNP", "POS", "NNS", "."]
    lemmas = ["Norway", ",", "Sweden", ",", "the", "United", "Kingdom", "and", "the", "European", "Union",
              "condemn", "Chile", "'s", "action", "."]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents,
              sent_starts=[True] + [False] * 15)
    got = {(r["source_id"], r["relation"], r["target_id"]) for r in relations(doc, kb)}
    sources = {s for s, _, t in got if t == "country:CHL"}
    assert {"country:NOR", "country:SWE", "country:GBR", kb.link("European Union", "ORG")} <= sources


@pytest.mark.parametrize("text,expected", [
    # a bullet or emoji glued to a name no longer hides it from the entity recognizer
    ("\u25aa\ufe0fSaudi Arabia condemned Israel.", {("country:SAU", O, "country:ISR")}),
    ("\u2022Qatar condemned Israel.", {("country:QAT", O, "country:ISR")}),
])
def test_session23_glued_bullets_do_not_hide_names(nlp, kb, text, expected):
    assert _triples(_rows(nlp, kb, text), "asserted") == expected


@pytest.mark.parametrize("text,country", [
    # a state leader's aide speaks for the state; a leader of no state does not lend one
    ("Putin's spokesman Dmitry Peskov criticized Finland.", "country:RUS"),
    ("Navalny's spokeswoman Kira Yarmysh criticized Germany.", None),
    # an appositive office whose owner stands in its PP
    ("Heorhii Tykhii, a spokesperson for the Ukrainian Ministry of Foreign Affairs, criticized Mongolia.", "country:UKR"),
])
def test_an_office_ties_a_person_to_a_state(nlp, kb, text, country):
    """A person's stance rolls up to the state whose office the text gives him, and to no state otherwise."""
    rows = _rows(nlp, kb, text)
    assert len(rows) == 1 and rows[0]["source_country_id"] == country


@pytest.mark.parametrize("text,country", [
    # an unowned capitalised title is an office of the country the article is about
    ("Sudan accused the UAE of arming the RSF. Sudan's army said the RSF had attacked El Fasher in Sudan. "
     "Defense Minister Yassin Ibrahim accused Abu Dhabi of violating Sudanese sovereignty.", "country:SDN"),
    # no country dominates: no home, no office
    ("Defense Minister Yassin Ibrahim accused Abu Dhabi of violating Sudanese sovereignty.", None),
])
def test_an_unowned_title_is_the_home_countrys(nlp, kb, text, country):
    rows = [r for r in _rows(nlp, kb, text) if r["source_id"] == "person:yassin-ibrahim"]
    assert len(rows) == 1 and rows[0]["source_country_id"] == country


@pytest.mark.parametrize("text,expected", [
    # a subject pronoun continues the previous sentence's main-clause subject
    ("Morocco recalled its ambassador from Tunis on Friday. It also accused Tunisia of hostility.",
     {("country:MAR", O, "country:TUN")}),
    ("The GCC held its summit in Riyadh. It also condemned Iran's destabilising activities.",
     {("org:gcc", O, "country:IRN")}),
    # a coordinated subject is plural: 'it' does not continue it
    ("Rwanda and Uganda met in Kampala. It also condemned Burundi.", set()),
])
def test_a_subject_pronoun_continues_the_last_subject(nlp, kb, text, expected):
    assert _triples(_rows(nlp, kb, text), "asserted") == expected


@pytest.mark.parametrize("text,country", [
    ("US President Barack Obama criticized Russia.", "country:USA"),
    ("Former US President Barack Obama criticized Russia.", None),
    ("Iran's former President Hassan Rouhani condemned Israel.", None),
])
def test_a_past_office_speaks_for_no_state(nlp, kb, text, country):
    """A person under a title marked 'former' or 'ex-' keeps the stance but rolls it up to no country."""
    rows = _rows(nlp, kb, text)
    assert len(rows) == 1 and rows[0]["source_country_id"] == country


@pytest.mark.parametrize("text,country", [
    # a name in apposition to a state title before it speaks for the title's country
    ("Colombia's Minister of Mines, Edgar Ruiz Pardo, criticized Ecuador.", "country:COL"),
    ("Somalia's ambassador to Kenya, Ahmed Hassan Farah, accused Kenya of meddling.", "country:SOM"),
    # a title that is no state office ties the name to no country
    ("Kenya's fiercest critic, Ahmed Hassan Farah, accused Kenya of meddling.", None),
])
def test_session26_a_title_before_an_apposed_name_gives_its_country(nlp, kb, text, country):
    rows = _rows(nlp, kb, text)
    assert [r["source_country_id"] for r in rows if r["source_id"].startswith("person:")] == [country]


def test_session27_a_name_apposed_to_a_titles_of_phrase_gets_its_country(nlp, kb):
    """'the deputy minister of foreign affairs of the Republic of Sudan, X': the parser hangs the name on the
    state's name; the person still speaks for that state."""
    rows = _rows(nlp, kb, "The deputy minister of defence of the Republic of Kenya, Ali Hassan, accused Uganda of "
                          "arming the rebels.")
    person = [r for r in rows if r["source_id"].startswith("person:")]
    assert person and all(r["source_country_id"] == "country:KEN" for r in person)


def test_a_coalition_named_after_its_leading_state_rolls_up_to_it(nlp, kb):
    """'the Saudi-led coalition' (kb role military coalition, iso3 SAU) speaks for Saudi Arabia as a source and
    stands for it as a target, as an unnamed 'X-led coalition' does."""
    rows = _rows(nlp, kb, "The Saudi-led coalition bombed Houthi positions.")
    assert [(r["source_id"], r["source_country_id"], r["level"]) for r in rows] == [
        ("org:saudi-led-coalition", "country:SAU", "rolled_up")]
    rows = _rows(nlp, kb, "The Houthis attacked the Saudi-led coalition.")
    assert _triples(rows) == {("group:houthis", O, "country:SAU")}
