import { Alert, Button, Center, Code, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { BackupInfo } from '../../src-main/shared/ipc/channels/backup';
import { formatThaiDateLong, formatThaiTime } from '../../src-main/shared/text/thai-date';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { DatabaseProvider, interruptedRestore, startDatabase, useSignedInStaff, type PurgeProgress, type StartedDatabase } from '../data';
import type { Actor } from '../../src-main/shared/auth/permissions';
import type { KioskState } from '../../src-main/shared/ipc/channels/kiosk';
import { SignInGate } from '../features/auth';
import { mainProcess, noticeAtStart } from '../platform';
import { AppDataContext, type AppData, type DeviceIdentity, type KioskControls, type SessionControls, type SessionState } from '../session/app-data';
import { initI18n } from '../i18n';
import { APP_MESSAGES } from './features';
import { bilingualErrorText } from './bilingual-error';
import { InterruptedRestore } from './InterruptedRestore';
import { PageLoading } from '../ui/PageLoading';
import { StartingScreen } from './StartingScreen';
import { router } from './router';

// Loaded only on a workstation in kiosk mode, like the app's other pages.
const KioskPage = lazy(() => import('../features/surveys').then((m) => ({ default: m.KioskPage })));

type State =
  | { status: 'loading' }
  | { status: 'moving-files'; done: number; total: number }
  | { status: 'rebuilding'; progress: PurgeProgress }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; started: StartedDatabase; device: DeviceIdentity; i18n: I18n; session: SessionState | null; kiosk: KioskState | null };

/**
 * Starts the app: this workstation's identity from main, the database, the language. A
 * database that cannot open stops here with a message — never an empty app that looks as if
 * the office's data were gone (DESIGN.md §4).
 */
export function Bootstrap() {
  const [state, setState] = useState<State>({ status: 'loading' });
  // Who is signed in, read by the data layer at every write (stamps and write rules).
  const actingRef = useRef<Actor | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const device = await mainProcess().deviceGetIdentity();
      // The database and what must come before any screen (data/start-database.ts).
      const started = await startDatabase({
        deviceId: device.deviceId,
        acting: () => actingRef.current,
        onStep: (step) => {
          if (cancelled) return;
          if (step.kind === 'rebuilding') setState({ status: 'rebuilding', progress: step.progress });
          else setState({ status: 'moving-files', done: step.done, total: step.total });
        },
      });
      if (started.rebuild === 'failed') noticeAtStart({ color: 'orange', message: REBUILD_FAILED });
      const i18n = await initI18n(started.language, APP_MESSAGES);
      // Main keeps the sign-in across a reload of this window (never across an app restart).
      const kept = await mainProcess().authSession();
      const session = kept.session ? { actor: { staffId: kept.session.staffId, role: kept.session.role }, locked: kept.session.locked } : null;
      // Kiosk mode is main's (issue 19): asked before any sign-in screen, so a restart or a
      // crash in kiosk mode comes back to the kiosk, never to the staff app.
      const { kiosk } = await mainProcess().kioskGetState();
      // Someone signed in at the kiosk when this window reloaded: nobody stays signed in behind it.
      if (kiosk && kept.session) await mainProcess().authSignOut();
      // StrictMode runs this effect twice in development: close the abandoned copy.
      if (cancelled) started.close();
      else {
        actingRef.current = !kiosk && session && !session.locked ? session.actor : null;
        setState({ status: 'ready', started, device, i18n, session, kiosk });
      }
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'failed', error });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'loading') {
    return <StartingScreen />;
  }
  if (state.status === 'moving-files') {
    return (
      <Center h="100vh">
        <Stack align="center" w={420}>
          <Text>กำลังย้ายรูปภาพและไฟล์แนบไปเก็บเป็นไฟล์ในเครื่อง (ทำครั้งเดียว) {state.done.toLocaleString('th-TH')} / {state.total.toLocaleString('th-TH')}</Text>
          <Progress w="100%" value={state.total ? (100 * state.done) / state.total : 0} aria-label="ความคืบหน้าการย้ายไฟล์" />
        </Stack>
      </Center>
    );
  }
  if (state.status === 'rebuilding') return <RebuildingFiles progress={state.progress} />;
  if (state.status === 'failed') return <StartupFailure error={state.error} />;
  const cutOff = interruptedRestore();
  return (
    <I18nextProvider i18n={state.i18n}>
      <DatabaseProvider started={state.started}>
        {cutOff ? <InterruptedRestore interrupted={cutOff} /> : <ReadyApp initialDevice={state.device} initialSession={state.session} initialKiosk={state.kiosk} actingRef={actingRef} />}
      </DatabaseProvider>
    </I18nextProvider>
  );
}

function ReadyApp({
  initialDevice,
  initialSession,
  initialKiosk,
  actingRef,
}: {
  initialDevice: DeviceIdentity;
  initialSession: SessionState | null;
  initialKiosk: KioskState | null;
  actingRef: React.RefObject<Actor | null>;
}) {
  const [device, setDevice] = useState(initialDevice);
  // In kiosk mode nobody is signed in here, whatever main kept: the kiosk's answers are
  // written as the person who started it, only while each one is saved (KioskPage).
  const [session, setSession] = useState<SessionState | null>(initialKiosk ? null : initialSession);
  const [kioskState, setKioskState] = useState<KioskState | null>(initialKiosk);
  const signedInId = session?.actor.staffId;
  const record = useSignedInStaff(signedInId);
  const currentStaff = record && !record.deleted && record.active ? record : undefined;
  // Writes count only while someone is signed in and the screen is not locked.
  const acting = session && !session.locked ? session.actor : null;

  const controls = useMemo<SessionControls>(() => {
    const set = (next: SessionState | null) => {
      actingRef.current = next && !next.locked ? next.actor : null;
      setSession(next);
    };
    return {
      state: session,
      signedIn: (actor) => set({ actor, locked: false }),
      writeAs: async (actor, write) => {
        const before = actingRef.current;
        actingRef.current = actor;
        try {
          await write();
        } finally {
          actingRef.current = before;
        }
      },
      signOut: async () => {
        set(null);
        await mainProcess().authSignOut();
      },
      lock: async () => {
        if (session) set({ ...session, locked: true });
        await mainProcess().authLock();
      },
    };
  }, [session, actingRef]);

  // Someone archived, made inactive or given another role while signed in signs in again.
  const mustLeave = record === null || (record !== undefined && (record.deleted || !record.active || record.role !== session?.actor.role));
  useEffect(() => {
    if (session && mustLeave) void controls.signOut();
  }, [session, mustLeave, controls]);

  const kiosk = useMemo<KioskControls>(
    () => ({
      state: kioskState,
      start: async (surveyId) => {
        const started = await mainProcess().kioskStart({ surveyId });
        // Main signed the person out: the public must not act as them.
        actingRef.current = null;
        setSession(null);
        setKioskState(started.kiosk);
      },
      leave: async (actor) => {
        try {
          await mainProcess().kioskLeave();
        } catch (error) {
          // Still in kiosk mode: nobody stays signed in behind it.
          await mainProcess()
            .authSignOut()
            .catch(() => undefined);
          throw error;
        }
        // The staff app opens on the survey's results, as the person who left.
        if (kioskState?.surveyId) await router.navigate(`/surveys/s/${kioskState.surveyId}/stats`);
        actingRef.current = actor;
        setSession({ actor, locked: false });
        setKioskState(null);
      },
    }),
    [kioskState, actingRef],
  );

  const value = useMemo<AppData>(
    () => ({ device, setDevice, currentStaff, acting, session: controls, kiosk }),
    [device, currentStaff, acting, controls, kiosk],
  );
  if (kioskState) {
    // Nothing but the kiosk: no sign-in screen, no router, no menu.
    return (
      <AppDataContext.Provider value={value}>
        <Suspense fallback={<PageLoading />}>
          <KioskPage />
        </Suspense>
      </AppDataContext.Provider>
    );
  }
  return (
    <AppDataContext.Provider value={value}>
      <SignInGate>
        <RouterProvider router={router} />
      </SignInGate>
    </AppDataContext.Provider>
  );
}

/** Said once the app is on screen when the rebuild could not clear the files (before i18n: both languages). */
const REBUILD_FAILED =
  'ล้างข้อมูลส่วนบุคคลที่ลบแล้วออกจากไฟล์ฐานข้อมูลไม่สำเร็จ ข้อมูลของสำนักงานยังอยู่ครบ โปรแกรมจะลองอีกครั้งเมื่อเปิดครั้งถัดไป (Erased personal data could not be cleared from the database files yet; nothing was lost, and the app tries again at its next start.)';

/** The rebuild's three steps, as the screen names them. */
const REBUILD_STEPS: Record<PurgeProgress['phase'], { step: number; th: string }> = {
  backup: { step: 1, th: 'สำรองข้อมูลที่ลบแล้ว' },
  clear: { step: 2, th: 'ลบไฟล์ฐานข้อมูลเดิม' },
  records: { step: 3, th: 'เขียนข้อมูลกลับ' },
};

/** Shown before i18n exists: the rebuild runs first, before the language is read. */
function RebuildingFiles({ progress }: { progress: PurgeProgress }) {
  const { phase, done, total } = progress;
  const { step, th } = REBUILD_STEPS[phase];
  const counted = phase === 'records' && total > 0 ? ` ${done.toLocaleString('th-TH')} / ${total.toLocaleString('th-TH')} รายการ` : '';
  return (
    <Center h="100vh">
      <Stack align="center" w={560} gap="xs" data-testid="rebuilding-database">
        <Title order={3} ta="center" style={{ textWrap: 'balance' }}>
          กำลังล้างข้อมูลส่วนบุคคลที่ลบแล้วออกจากไฟล์ฐานข้อมูลของเครื่องนี้
        </Title>
        <Text size="sm" c="dimmed" ta="center">
          Clearing erased personal data from this computer&apos;s database files (PDPA).
        </Text>
        <Text mt="md">
          ขั้นที่ {step} จาก 3: {th}
          {counted}
        </Text>
        <Progress w="100%" value={((step - 1) * 100 + (total ? (100 * done) / total : 0)) / 3} aria-label="ความคืบหน้าการล้างไฟล์ฐานข้อมูล" />
        <Text size="sm" c="dimmed" ta="center" style={{ textWrap: 'balance' }}>
          หากไฟดับหรือปิดโปรแกรมระหว่างนี้ ข้อมูลไม่หาย โปรแกรมจะทำต่อให้เมื่อเปิดครั้งถัดไป
        </Text>
      </Stack>
    </Center>
  );
}

/** Shown before i18n exists, so it carries both languages itself. */
function StartupFailure({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Center h="100vh" p="xl">
      <Stack maw={680}>
        <Title order={2}>เปิดฐานข้อมูลของ PR Desk ไม่สำเร็จ</Title>
        <Alert color="red" title="ข้อมูลของสำนักงานยังอยู่ครบ ไม่ได้ถูกลบ">
          <Text>
            โปรแกรมหยุดไว้ก่อนเพื่อไม่ให้เปิดเป็นฐานข้อมูลว่าง กรุณาปิดโปรแกรมแล้วเปิดใหม่ หากยังไม่ได้
            ให้ติดต่อผู้ดูแลระบบพร้อมข้อความด้านล่างและไฟล์สำรองล่าสุด (The PR Desk database could not be opened.
            Your data has not been deleted. Restart the app; if it persists, contact your administrator with
            the text below and the latest backup.)
          </Text>
        </Alert>
        <LatestBackup />
        <Code block>{detail}</Code>
      </Stack>
    </Center>
  );
}

/** The newest backup, and a way to hand a copy of it to whoever repairs the workstation. */
function LatestBackup() {
  const [latest, setLatest] = useState<BackupInfo | null | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    mainProcess()
      .backupList()
      .then((list) => setLatest(list[0] ?? null))
      .catch(() => setLatest(null));
  }, []);
  if (latest === undefined) return null;
  if (latest === null) return <Text c="dimmed">ยังไม่มีไฟล์สำรองข้อมูลในเครื่องนี้ (No backups on this computer yet.)</Text>;
  const copy = async () => {
    setFailed(null);
    try {
      // A self-contained folder (records and photos) for whoever repairs the workstation. The
      // database cannot open, so no passphrase can be set first: a rescue copy that this PC
      // (the same Windows user) can import, and another PC too if an office key or a backup
      // passphrase was already set.
      const { path } = await mainProcess().backupExportFolder({ name: latest.name, thisPcOnly: true });
      if (path) setSaved(path);
    } catch (error) {
      setFailed(bilingualErrorText(error));
    }
  };
  return (
    <Paper withBorder p="md" data-testid="latest-backup">
      <Text fw={600}>ไฟล์สำรองล่าสุด (Latest backup)</Text>
      <Text>
        {formatThaiDateLong(new Date(latest.createdAt))} {formatThaiTime(new Date(latest.createdAt))} · <Code>{latest.name}</Code>
      </Text>
      <Group mt="sm">
        <Button onClick={() => void copy()}>บันทึกสำเนาไฟล์สำรองนี้ (Save a copy)</Button>
        {saved && <Text size="sm">บันทึกแล้วที่ {saved}</Text>}
        {failed && (
          <Text size="sm" c="red">
            บันทึกสำเนาไม่สำเร็จ (Could not save a copy): {failed}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
