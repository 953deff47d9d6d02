/** People with dated roles, one JSON file per country or international group. */
import arPeople from "./ar.json";
import auPeople from "./au.json";
import brPeople from "./br.json";
import caPeople from "./ca.json";
import cnPeople from "./cn.json";
import dePeople from "./de.json";
import dkPeople from "./dk.json";
import eePeople from "./ee.json";
import euIntlPeople from "./eu-intl.json";
import fiPeople from "./fi.json";
import frPeople from "./fr.json";
import gbPeople from "./gb.json";
import idPeople from "./id.json";
import ilPeople from "./il.json";
import inPeople from "./in.json";
import irPeople from "./ir.json";
import isPeople from "./is.json";
import itPeople from "./it.json";
import jpPeople from "./jp.json";
import krPeople from "./kr.json";
import ltPeople from "./lt.json";
import lvPeople from "./lv.json";
import mxPeople from "./mx.json";
import noPeople from "./no.json";
import plPeople from "./pl.json";
import ruPeople from "./ru.json";
import saPeople from "./sa.json";
import sePeople from "./se.json";
import trPeople from "./tr.json";
import uaPeople from "./ua.json";
import usPeople from "./us.json";
import zaPeople from "./za.json";

export const peopleEntries: unknown[] = [
  ...arPeople,
  ...auPeople,
  ...brPeople,
  ...caPeople,
  ...cnPeople,
  ...dePeople,
  ...dkPeople,
  ...eePeople,
  ...euIntlPeople,
  ...fiPeople,
  ...frPeople,
  ...gbPeople,
  ...idPeople,
  ...ilPeople,
  ...inPeople,
  ...irPeople,
  ...isPeople,
  ...itPeople,
  ...jpPeople,
  ...krPeople,
  ...ltPeople,
  ...lvPeople,
  ...mxPeople,
  ...noPeople,
  ...plPeople,
  ...ruPeople,
  ...saPeople,
  ...sePeople,
  ...trPeople,
  ...uaPeople,
  ...usPeople,
  ...zaPeople,
];
