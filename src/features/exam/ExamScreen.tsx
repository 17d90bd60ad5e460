/**
 * The certification exam: which exam, when the application went in, the testing window and its
 * end, the scheduled date, and attempts. A pass offers to add the credential to Certifications.
 */
import { getPathway } from '../../domain/pathways/catalog';
import { plansFor } from '../../domain/exam-plan';
import { EXAM_IDS } from '../../domain/exams';
import { useAppStore } from '../../store/app-store';
import { ExamPlanCard } from './ExamPlanCard';
import { ExamPlanForm } from './ExamPlanForm';
import { useDisclosure } from '../../ui/useDisclosure';
import '../../ui/records.css';

export function ExamScreen() {
  const examPlans = useAppStore((state) => state.snapshot.examPlans);
  const pathwayId = useAppStore((state) => state.snapshot.settings.pathwayId);
  const today = useAppStore((state) => state.today);
  const pathway = getPathway(pathwayId);
  const adding = useDisclosure('add-exam');
  const forPathway = plansFor(examPlans, pathway.exams);
  const others = examPlans.filter((plan) => !pathway.exams.includes(plan.exam));
  const plans = [...forPathway, ...others];

  return (
    <section aria-labelledby="exam-heading" className="screen">
      <h2 id="exam-heading" tabIndex={-1} data-screen-heading="exam">
        Exam
      </h2>
      <p className="hint">
        Record when you apply, the window you are given to test, when you are booked, and each
        attempt. Your checklist&apos;s exam requirements follow these records.
      </p>
      {!adding.open && (
        <div className="button-row">
          <button
            id="add-exam"
            type="button"
            className="button button--primary"
            onClick={adding.show}
          >
            Add an exam
          </button>
        </div>
      )}
      {adding.open && (
        <ExamPlanForm
          title="Add an exam"
          defaultExam={pathway.exams[0] ?? EXAM_IDS[0] ?? 'other'}
          pathwayExams={pathway.exams}
          onDone={adding.hide}
        />
      )}
      {plans.length === 0 ? (
        <p className="empty">
          No exam yet. Add the {pathway.credential} exam when you start your application.
        </p>
      ) : (
        <ul className="certification-list">
          {plans.map((plan) => (
            <ExamPlanCard key={plan.id} plan={plan} today={today} pathwayExams={pathway.exams} />
          ))}
        </ul>
      )}
    </section>
  );
}
