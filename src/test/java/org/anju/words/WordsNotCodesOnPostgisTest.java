package org.anju.words;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class WordsNotCodesOnPostgisTest extends WordsNotCodesSpec {
}
