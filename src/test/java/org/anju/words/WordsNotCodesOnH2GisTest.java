package org.anju.words;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class WordsNotCodesOnH2GisTest extends WordsNotCodesSpec {
}
