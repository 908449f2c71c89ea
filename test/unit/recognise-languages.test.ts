import { strict as assert } from 'node:assert';
import { quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { foreignCues } from '../../server/src/analysis/model/telling-cues';
import { assertLinear } from '../support/growth';
import { detection as taken } from '../support/recognition';

const letThrough = (text: string) => !quickScanRulesOut(quickScan(text));

describe('recognising an incident notice written in German, French or Spanish', () => {
  describe('notices taken', () => {
    it('a German notice without a title, its lines written without blank lines: the disruption in the past, its cause, the service back, an apology', () => {
      const text = [
        'Am vergangenen Donnerstag (14.03.2024) kam es ab etwa 09:10 Uhr zu einer Störung unseres Mailsystems.',
        'Die Ursache war ein defektes Netzteil in einem der beiden Speichersysteme, dessen Ersatz nicht wie vorgesehen übernommen hat.',
        'Unsere Techniker haben das Gerät getauscht, gegen 11:40 Uhr waren alle Postfächer wieder erreichbar.',
        'Es sind keine Nachrichten verloren gegangen.',
        'Wir werden die Umschaltung zwischen den Speichersystemen künftig jeden Monat prüfen.',
        'Wir bitten alle Betroffenen für die Unannehmlichkeiten um Entschuldigung.',
      ].join('\n');
      assert.equal(letThrough(text), true);
      assert.equal(taken(text), 'content');
    });

    it('a German notice in paragraphs whose cause is told by a supplier, with a test planned and an apology', () => {
      const text = [
        'Gestern Abend waren unsere Webseiten für rund zwei Stunden nicht erreichbar.',
        'Wie uns der Betreiber des Rechenzentrums heute mitgeteilt hat, wurde der Ausfall durch einen fehlerhaften Switch verursacht. Unser eigenes Umschalten auf die zweite Leitung hat dabei leider nicht gegriffen.',
        'Ein vollständiger Test der Umschaltung ist bereits in Planung. Wir bedauern die Unterbrechung sehr.',
      ].join('\n\n');
      assert.equal(taken(text), 'content');
    });

    it('a French notice: the outage yesterday, its cause, the service restored, an apology', () => {
      const text = [
        "Hier soir, notre plateforme de paiement a été indisponible pendant près d'une heure.",
        'La panne a été provoquée par une mise à jour du pare-feu qui bloquait les connexions vers la base de données. Nous avons annulé cette mise à jour et le service a été rétabli vers 21h15.',
        'Nous allons désormais tester chaque règle du pare-feu sur un serveur de préproduction. Nous vous présentons toutes nos excuses pour la gêne occasionnée.',
      ].join('\n\n');
      assert.equal(letThrough(text), true);
      assert.equal(taken(text), 'content');
    });

    it('a Spanish notice: the outage this morning, its cause, the service restored, an apology', () => {
      const text = [
        'Esta mañana nuestra aplicación estuvo fuera de servicio durante unos cuarenta minutos.',
        'La caída fue causada por un certificado caducado en el balanceador de carga, que nadie renovó a tiempo. Lo renovamos y el servicio quedó restablecido a las 10:05.',
        'Para evitar que vuelva a ocurrir, hemos añadido una alerta que avisa treinta días antes de cada vencimiento. Pedimos disculpas a todos los usuarios afectados.',
      ].join('\n\n');
      assert.equal(letThrough(text), true);
      assert.equal(taken(text), 'content');
    });
  });

  describe('look-alikes refused', () => {
    it('a German maintenance notice, titled or not: the services were down for planned work, the reason given, back again, an apology', () => {
      const body = [
        'Am Samstag (09.03.2024) waren unsere Dienste zwischen 02:00 und 04:00 Uhr wegen geplanter Wartungsarbeiten nicht erreichbar.',
        'Grund dafür war der Austausch der zentralen Datenbankserver, der aufgrund der Umstellung auf eine neue Version nötig wurde.',
        'Seit 04:10 Uhr sind alle Dienste wieder verfügbar. Wir bitten um Entschuldigung für die Unterbrechung.',
      ].join('\n\n');
      assert.equal(taken(body), 'not-a-postmortem');
      assert.equal(taken(`# Wartungsarbeiten am Samstag\n\n${body}\n`), 'not-a-postmortem');
    });

    it('a German how-to on a service that cannot be reached: cases put, the reader addressed, no incident told', () => {
      const text = [
        '# E-Mail-Konto einrichten',
        'In dieser Anleitung zeigen wir, wie Sie Ihr Postfach in einem E-Mail-Programm einrichten.',
        'Falls der Server nicht erreichbar war, prüfen Sie zuerst Ihre Internetverbindung. Die Ursache ist oft ein falsch eingetragener Port.',
        'Wenn die Anmeldung fehlschlägt, geben Sie das Passwort erneut ein. Danach funktioniert der Abruf in der Regel wieder.',
        'Bei Fragen hilft unser Support gern weiter.',
      ].join('\n\n');
      assert.notEqual(taken(text), 'content');
    });

    it('a German release note: new features, fixed errors, told in the past, no incident', () => {
      const text = [
        '# Version 3.2',
        'Mit dieser Version haben wir die Suche überarbeitet und die Ladezeiten deutlich verbessert.',
        'Außerdem wurden mehrere Fehler behoben, die beim Export von Berichten auftraten. Wir werden die nächste Version im Mai veröffentlichen.',
      ].join('\n\n');
      assert.notEqual(taken(text), 'content');
    });

    it('English prose with a German word or two is read with the English cues', () => {
      assert.equal(foreignCues('We went to the Straße and the café, and it was fine; the walk was long and the weather was good.'), null);
      assert.notEqual(
        foreignCues(
          'Die Störung wurde gestern von uns behoben, und die Dienste sind mit der neuen Version wieder erreichbar. Der Fehler lag an einer Einstellung auf dem Server.',
        ),
        null,
      );
      // No accented letter at all: read as English, the cheap path.
      assert.equal(foreignCues('Die Dienste waren nicht erreichbar und wir haben das Problem mit dem Router gestern behoben.'), null);
    });

    it('ugly input: long runs of letters, accents and no sentence end stay fast and refused', function () {
      // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
      this.timeout(120_000);
      const text = (n: number) => 'ä'.repeat(n) + ' wir ' + 'x'.repeat(n) + ' entschuldigung';
      assert.equal(taken(text(50_000)), 'skipped');
      assertLinear('long runs of accented and plain letters', (n) => text(n * 100), taken);
    });
  });
});
