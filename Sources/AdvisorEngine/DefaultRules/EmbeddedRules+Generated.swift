// Generated from Rules/ by `swift run generate-advisor-rules`. Do not edit.
// swift-format-ignore-file

import AdvisorModel

enum EmbeddedRules {
    static let files: [(path: String, contents: String)] = [
        (
            "article.yaml",
            #"""
# yaml-language-server: $schema=rules.schema.json
# The article the default rules are taken from, and what it says that bears on the choice: one
# claim each, in our own words (never the article's sentences). Rules and cost parameters cite
# claims by id (`claims: [handful_best_fit]`); the section a reason names follows from the claim.
# A claim no rule or parameter uses says why with `unused_because`.
articles:
  - name: Break-Fix model
    title: IT Outsourcing Part 2 – The Break-Fix Model
    date: 2009-11-06
    sections:
      - Who the break-fixers are
      - Why they're a good fit
      - Why they're perhaps not a good fit
      - My Recommendation
    claims:
      # Who the break-fixers are
      - id: waits_for_calls
        section: Who the break-fixers are
        says: A break-fix firm mostly waits for clients to call when something has broken, and does project work besides.
      - id: more_than_one_tech
        section: Who the break-fixers are
        says: Many lone consultants work the same call-when-broken way; what sets a break-fix shop apart is having more than one technician.
      - id: second_tech_eases_scale
        section: Who the break-fixers are
        says: Adding a second technician goes a long way towards solving the scaling problems of a one-person practice.
      - id: sales_staff
        section: Who the break-fixers are
        says: A shop usually employs a sales person or two, which leaves the technicians free for support and projects.
        unused_because: It describes how a shop is organised, not which kind of business it suits.
      - id: techs_propose_projects
        section: Who the break-fixers are
        says: A shop's technicians bill their time, suggest new projects to the clients they already have and help with sales proposals.
        unused_because: >-
          It explains where a shop's project work comes from; the advice on hourly bills (ask for an
          estimate before any work starts) already covers what it means for a client.

      # Why they're a good fit
      - id: fits_small_mid
        section: Why they're a good fit
        says: Break-fix shops suit small and mid-sized clients.
      - id: several_fixes_at_once
        section: Why they're a good fit
        says: With two or three technicians a shop can work on several problems at the same time, so a lone consultant's scaling problems largely disappear.
      - id: techs_specialise
        section: Why they're a good fit
        says: Several technicians can each specialise, which gives clients better service without anyone having to know everything.
      - id: handles_complex_and_larger
        section: Why they're a good fit
        says: A shop is therefore more likely to cope with complicated networks, more users and many more clients.
      - id: fits_occasional_bills
        section: Why they're a good fit
        says: Break-fix suits clients who can live with the odd bill, sometimes a big one, but do not want a fixed monthly cost.
      - id: fixed_cost_often_better
        section: Why they're a good fit
        says: A fixed monthly cost is often the more sensible arrangement, although for many clients it does not work.

      # Why they're perhaps not a good fit
      - id: firefighting
        section: Why they're perhaps not a good fit
        says: Break-fix is fire-fighting; the provider waits for something to go wrong and then comes to fix it.
      - id: little_time_for_prevention
        section: Why they're perhaps not a good fit
        says: Between projects and emergencies a break-fix provider has little time left for the preventive work that ought to be done.
      - id: prevention_hard_to_bill
        section: Why they're perhaps not a good fit
        says: Clients who question their bills resist paying for preventive work such as log reviews and health checks.
      - id: firefighting_costs_more
        section: Why they're perhaps not a good fit
        says: Fixing what has broken normally costs far more than preventing it.
      - id: outage_bill
        section: Why they're perhaps not a good fit
        says: Many clients only see this once an outage has hit them with a bill of a couple of thousand dollars.
      - id: billable_time_large_bills
        section: Why they're perhaps not a good fit
        says: Outages, malware and projects all create billable hours, which add up to large bills and friction with clients.
      - id: billing_rewarded
        section: Why they're perhaps not a good fit
        says: Technicians are praised, and often paid bonuses, for billing more hours, much as in a law firm.
      - id: clients_expect_extra_hours
        section: Why they're perhaps not a good fit
        says: >-
          In a good month a technician may add 10 to 15 hours a week in evenings and at weekends, and
          once clients are used to that they count on it, which makes it hard to stop.
        unused_because: >-
          It tells how a technician's weeks grow longer. What that means for a client, that the person
          who knows their systems may burn out and leave, is the caveat technician_turnover, which
          rests on burnout_turnover.
      - id: burnout_turnover
        section: Why they're perhaps not a good fit
        says: Weeks of 50 to 60 hours with 30 to 40 of them billed wear technicians out, and burnt-out technicians leave, the sooner without a path to ownership.

      # My Recommendation
      - id: ideally_proactive
        section: My Recommendation
        says: Ideally, IT support prevents problems more than it reacts to them.
      - id: proactive_break_fix_welcome
        section: My Recommendation
        says: Working this way with a lone consultant or a bigger shop is fine if they look after your systems pro-actively.
      - id: handful_best_fit
        section: My Recommendation
        says: Break-fix fits best when only a handful of people use computers.
      - id: months_without_cost
        section: My Recommendation
        says: So few users might pass one or two months without paying anything for IT.
      - id: watch_backups
        section: My Recommendation
        says: Someone inside the business must keep an eye on the backups.
      - id: managed_past_ten_to_fifteen
        section: My Recommendation
        says: A business with more than ten to fifteen users should look for a fully managed service.
      - id: managed_less_downtime
        section: My Recommendation
        says: A fully managed service brings less downtime, and so more productive staff.

"""#
        ),
        (
            "costs.yaml",
            #"""
# yaml-language-server: $schema=rules.schema.json
# The cost model: every number behind the yearly estimates (advisor --costs), with where it comes
# from. The article gives almost no figures, so a number resting on its claims carries an
# `interpretation` saying how we read them, and every other number is a stated assumption.
# Values are in their own units; months and percentages are converted when read, so a fee
# per user per month times the number of users is money per year. The estimate stands beside the
# recommendation and never changes it.
#
# A value may say what it becomes in a quiet year and in a bad year (quiet_year, bad_year); the
# estimate's range comes from those. `cases` make a value depend on the answers: the first case
# whose condition holds gives the value, written in the rules' condition language.
costs:
  currency: USD
  parameters:
    # Rates and fees
    - id: break_fix_hourly_rate
      value: 125
      unit: USD/hour
      description: What a break-fix shop bills for an hour of a technician's time.
      assumption: >-
        The article quotes no rates. A firm with several technicians and a sales person or two to
        pay for typically bills around this much in the US.

    - id: sole_proprietor_hourly_rate
      value: 95
      unit: USD/hour
      description: What an independent consultant bills for an hour of work.
      assumption: >-
        The article quotes no rates; a one-person practice carries no sales staff or office, so it
        usually bills less than a shop.

    - id: managed_fee_per_user_month
      value: 100
      unit: USD/user/month
      description: The managed service's fixed fee for each user, covering monitoring, updates, help desk and repairs.
      assumption: >-
        The article announced but did not cover managed services; this is a common price for small
        businesses in the US.

    - id: managed_minimum_fee_month
      value: 600
      unit: USD/month
      description: The smallest monthly bill a managed service accepts, however few the users.
      assumption: Providers usually set a minimum monthly charge for very small clients.

    - id: in_house_salary
      value: 70000
      unit: USD/staff/year
      description: The salary of one IT generalist on your staff.
      assumption: >-
        The article does not cover in-house IT; this is a typical US salary for a small business's
        only IT person.

    - id: in_house_overhead
      value: 30
      unit: percent
      description: What an employee costs on top of the salary (payroll taxes, benefits, training, equipment).
      assumption: A common rule of thumb for the cost of an employee beyond the salary.

    - id: in_house_users_per_staff
      value: 100
      unit: users/staff
      description: >-
        How many users one IT employee can look after; past that, more staff time grows in step with
        the users.
      assumption: >-
        The article does not cover in-house IT. Common ratios for a small business's IT staff run from
        about one person per fifty users to one per hundred or more; we take the top of that range, for
        a generalist with the tools a managed service uses and outside specialists for outages
        (in_house_escalation_hours_per_outage). At this ratio one employee with overhead and tools
        costs less than a managed service's fees from about 90 users, near where the in-house rules
        recommend your own staff (100 users). Past a hundred users we count a share of a further
        salary for each user (part-time or contract help at the same cost), not a whole second post
        at once.

    - id: in_house_minimum_staff
      value: 1
      unit: staff
      description: The smallest IT staff you can employ, however few the users.
      assumption: IT staff are hired as at least one full-time post; nobody is employed for a fraction of one.

    - id: in_house_tools_per_user_month
      value: 15
      unit: USD/user/month
      description: Monitoring, backup and security software your own staff need, which a managed service includes in its fee.
      assumption: Typical per-user prices of such tools bought by a small business.

    # Routine work
    - id: support_hours_per_user_year
      value: 4
      quiet_year: 1.5
      bad_year: 7
      cases:
        - when: network_complexity == simple
          value: 2
          quiet_year: 0.5
          bad_year: 4
        - when: network_complexity == complex
          value: 7
          quiet_year: 1.5
          bad_year: 11
      unit: hours/user/year
      description: Technician hours a year, per user, for routine fixes and small requests when you call only as things break.
      claims: [months_without_cost, handful_best_fit]
      interpretation: >-
        The article says a handful of users may go a month or two without an IT bill; we read that as
        about 2 hours per user a year on a simple setup and 4 with servers, and in a quiet year so
        little that five users need at most about ten hours, leaving months without a bill.

    - id: maintenance_hours_per_user_year
      value: 0
      cases:
        - when: proactive_care and network_complexity == simple
          value: 0.5
        - when: proactive_care and network_complexity == complex
          value: 1.5
        - when: proactive_care
          value: 1
      unit: hours/user/year
      description: Hours a year, per user, of preventive work (updates, log reviews, health checks) when an hourly provider is asked to do it.
      claims: [prevention_hard_to_bill, firefighting_costs_more]
      interpretation: >-
        The article names the work (reviewing logs, checking the health of the systems) but not its
        hours; we read it as about an hour per user a year (half that on a simple setup, half as much
        again on a complicated one), small beside the fires it prevents, which the article finds far
        more expensive.

    - id: sole_proprietor_capacity_hours_per_year
      value: 200
      unit: hours/year
      description: >-
        The hours a year one consultant with other clients can give your business; work beyond that
        goes to a break-fix shop at its rate.
      claims: [second_tech_eases_scale, burnout_turnover]
      interpretation: >-
        The article says one person runs into scaling problems and that technicians bill 30 to 40
        hours a week; we assume a consultant gives no one client more than about an eighth of such a
        year, 200 hours.

    # Outages
    - id: outages_per_year
      value: 1.2
      quiet_year: 0
      bad_year: 3
      cases:
        - when: network_complexity == simple
          value: 0.8
          quiet_year: 0
          bad_year: 2
        - when: network_complexity == complex
          value: 2
          quiet_year: 0
          bad_year: 4.5
      unit: outages/year
      description: >-
        Outages a year that stop everyone's work (a server, the network, the internet line, a shared
        system) when nobody prevents them; they come with the systems, not with each new person.
      assumption: >-
        The article gives no frequencies. We assume somewhat less than one such outage a year on a
        simple setup (0.8), more with servers (1.2) and most with many systems or several sites (2);
        a quiet year is one without any, a bad year brings two to three times as many (2, 3 and 4.5).
        The number does not grow with the users: a bigger business loses more work in each outage,
        not more outages (a single broken computer stops one person and is a routine fix, counted in
        the support hours).

    - id: hourly_outage_share
      value: 100
      cases:
        - when: proactive_care
          value: 50
      unit: percent
      description: The share of those outages that still happen with hourly support; preventive hours bought by the hour prevent some.
      claims: [firefighting_costs_more, little_time_for_prevention]
      interpretation: >-
        The article finds fire-fighting far more expensive than prevention but gives no share; we read
        agreed preventive care from an hourly provider as preventing half the outages, a little less
        than a managed service, as such work is squeezed between fires.

    - id: managed_outage_share
      value: 40
      unit: percent
      description: The share of those outages that still happen when a managed service monitors and maintains your systems.
      claims: [managed_less_downtime]
      interpretation: >-
        The article promises less downtime from a fully managed service without saying how much less;
        we read it as 60 percent fewer outages.

    - id: in_house_outage_share
      value: 50
      unit: percent
      description: The share of those outages that still happen when your own IT person does preventive work every day.
      assumption: >-
        Daily care on site prevents about as much as a managed service's monitoring, a little less
        without its tools and its staff's breadth.

    - id: outage_repair_hours
      value: 16
      quiet_year: 8
      bad_year: 24
      unit: hours/outage
      description: Technician hours billed to put one outage right.
      claims: [outage_bill]
      interpretation: >-
        The article speaks of a bill of a couple of thousand dollars after an outage; at a shop's 125
        USD an hour we read that as 16 hours (2,000 USD), from 8 (1,000 USD) to 24 (3,000 USD).

    - id: in_house_escalation_hours_per_outage
      value: 4
      unit: hours/outage
      description: Hours of outside specialists, at break-fix rates, that your own IT person calls in for an outage.
      assumption: One person cannot know everything; part of a serious outage needs outside help.

    # Downtime
    - id: downtime_hours_per_outage
      value: 8
      quiet_year: 4
      bad_year: 16
      unit: hours/outage
      description: How long an outage stops work when a technician is called after it happens.
      assumption: >-
        Getting a technician in, finding the fault and fixing it typically takes a working day, a
        bad one two.

    - id: sole_proprietor_wait_hours
      value: 4
      quiet_year: 0
      bad_year: 8
      unit: hours/outage
      description: Extra waiting, per outage, when your one consultant is busy with another client.
      claims: [several_fixes_at_once, second_tech_eases_scale]
      interpretation: >-
        The article says one consultant cannot fix several problems at once but puts no time on it;
        we read that as half a working day of extra waiting per outage, a full day in a bad year.

    - id: managed_downtime_hours_per_outage
      value: 4
      quiet_year: 2
      bad_year: 8
      unit: hours/outage
      description: How long an outage stops work when a managed service's monitoring catches it and its staff already know your systems.
      claims: [managed_less_downtime]
      interpretation: >-
        The article promises less downtime without a figure; we read an outage under a managed
        service as lasting half as long as one fixed after a call, 4 hours against 8.

    - id: in_house_downtime_hours_per_outage
      value: 3
      quiet_year: 1
      bad_year: 8
      unit: hours/outage
      description: How long an outage stops work when your own IT person is on site.
      assumption: Someone on site who knows the systems can start at once.

    - id: downtime_cost_per_user_hour
      value: 30
      cases:
        - when: downtime_cost == low
          value: 10
        - when: downtime_cost == high
          value: 60
      unit: USD/user/hour
      description: What an hour without working computers costs, per person, in lost work and sales.
      assumption: >-
        Little when work can wait; about a loaded hourly wage when work stops; twice that when sales
        are lost too.

  estimates:
    - option: sole_proprietor
      parts:
        - part: labour
          description: Routine fixes and any preventive work at the consultant's rate, up to what one person can give you; the rest from a shop.
          formula: >-
            min(users * (support_hours_per_user_year + maintenance_hours_per_user_year), sole_proprietor_capacity_hours_per_year) * sole_proprietor_hourly_rate
            + max(0, users * (support_hours_per_user_year + maintenance_hours_per_user_year) - sole_proprietor_capacity_hours_per_year) * break_fix_hourly_rate
        - part: outages
          description: Hours billed to repair outages.
          formula: outages_per_year * hourly_outage_share * outage_repair_hours * sole_proprietor_hourly_rate
        - part: downtime
          description: Work lost during outages, longer while the one consultant is elsewhere.
          formula: outages_per_year * hourly_outage_share * (downtime_hours_per_outage + sole_proprietor_wait_hours) * users * downtime_cost_per_user_hour

    - option: break_fix
      parts:
        - part: labour
          description: Routine fixes and any preventive work, billed by the hour.
          formula: users * (support_hours_per_user_year + maintenance_hours_per_user_year) * break_fix_hourly_rate
        - part: outages
          description: Hours billed to repair outages.
          formula: outages_per_year * hourly_outage_share * outage_repair_hours * break_fix_hourly_rate
        - part: downtime
          description: Work lost during outages, which stop everyone until they are fixed.
          formula: outages_per_year * hourly_outage_share * downtime_hours_per_outage * users * downtime_cost_per_user_hour

    - option: managed_services
      parts:
        - part: fees
          description: The fixed monthly fee, which includes routine work and repairs.
          formula: max(users * managed_fee_per_user_month, managed_minimum_fee_month)
        - part: downtime
          description: Work lost during the fewer, shorter outages.
          formula: outages_per_year * managed_outage_share * managed_downtime_hours_per_outage * users * downtime_cost_per_user_hour

    - option: in_house
      parts:
        - part: fees
          description: Tools your own staff need.
          formula: users * in_house_tools_per_user_month
        - part: labour
          description: Salary and overhead of one IT employee, and beyond the users one can look after a share of more staff time for each user.
          formula: max(users / in_house_users_per_staff, in_house_minimum_staff) * in_house_salary * (1 + in_house_overhead)
        - part: outages
          description: Outside specialists for outages.
          formula: outages_per_year * in_house_outage_share * in_house_escalation_hours_per_outage * break_fix_hourly_rate
        - part: downtime
          description: Work lost during outages, shorter with someone on site.
          formula: outages_per_year * in_house_outage_share * in_house_downtime_hours_per_outage * users * downtime_cost_per_user_hour

"""#
        ),
        (
            "options.yaml",
            #"""
# yaml-language-server: $schema=rules.schema.json
# The four ways of getting IT support that the advisor chooses between.
# When two options end with the same score, the one listed first here wins.
# The chat greets the owner with `intro`, followed by the options' names.
intro: I'll ask a few questions about your business and then recommend how to get IT support.
options:
  - id: sole_proprietor
    name: Sole proprietor
    description: >-
      One independent consultant who looks after your computers, usually billing by the hour.
  - id: break_fix
    name: Break-fix shop
    description: >-
      A small firm with several technicians that you call when something breaks, billed by the hour,
      plus projects when you need them.
  - id: managed_services
    name: Managed services provider
    description: >-
      A provider paid a fixed monthly fee (usually per user) to monitor, maintain and repair your
      systems before problems turn into outages.
  - id: in_house
    name: In-house IT
    description: >-
      Your own employee (or team) whose job is your IT, on a salary.

"""#
        ),
        (
            "questions.yaml",
            #"""
# yaml-language-server: $schema=rules.schema.json
# What the advisor asks. `id`s are used in answer files and rule conditions; keep them stable.
# The chat understands answers through the words given here: `mentions` name a question's topic
# (a clause that names it is read as being about it), `phrases` give answers in the owner's words
# (each choice's own, or a number's or a yes's or no's), `aliases` are short words for a choice
# that answer files accept too. Case, apostrophes, punctuation and plural endings do not matter.
# `ordered: true` says a choice question's choices go from least to most: a line naming several
# ("a few PCs and a small server") is read as the most it names, and the owner confirms it.
questions:
  - id: users
    type: integer
    min: 1
    unit: users
    label: Number of users
    mentions: [people, person, staff, staffer, employee, worker, colleague, headcount, team member, team of,
      member of staff, computer user, pc user, of us, ppl, folks]
    phrases:
      1: [just me, only me, me alone, me only, myself, on my own, alone, solo, just myself, only myself, by myself,
        one man band, one woman band, one person business, sole trader, me myself and i, myself and i, nobody apart from me,
        no one apart from me, nobody but me, no one but me, nobody except me, just me really,
        the only one here, only one here, no one except me, no one besides me, nobody besides me, no one else but me]
      2: [me and my partner, me and my business partner, me and my wife, me and my husband, my partner and me,
        my partner and i, my wife and i, my husband and i, both of us, the pair of us, me and my brother,
        me and my sister, me and my son, me and my daughter, me and my dad, me and my mum, me and my mom,
        me and my father, me and my mother, me and my friend, me and my assistant, me and an assistant,
        me and a colleague, me and one other, me plus one, myself and one other]
    ask: How many people in your business use a computer for their work?
    why: >-
      Size decides most of this. The article finds break-fix support fits best with just a handful of
      people, who might pass one or two months without paying anything for IT. A shop with two or three technicians
      can fix several problems at once, which one consultant cannot, so it copes with more users.
      With more than ten to fifteen people the article advises a fully managed service, for less
      downtime and more productive staff.

  - id: variable_bills
    type: choice
    label: Variable bills
    mentions: [bill, invoice, fee, price, fixed cost, payment, charge, monthly cost, budget, pay per, pay for things, the cost,
      what we pay, what we spend, our it cost, our it spend, pay as we go, pay as you go, pay by the hour, pay a set amount, pay a fixed amount,
      pay the same, fixed monthly]
    ask: How do you feel about IT bills that change from month to month?
    why: >-
      Paying by the hour means quiet months cost little, but an outage or a project can bring a large
      bill; the article mentions a couple of thousand dollars after an outage. It finds break-fix
      suits owners who can live with that and do not want a fixed monthly cost. Managed services are
      usually sold for a fixed monthly fee: that is our own knowledge, as the article does not cover them.
    choices:
      - value: accept
        label: occasional, sometimes large bills are fine
        aliases: [fine, ok, okay, bills can vary, variable, pay as we go, pay as you go, by the hour, hourly, per hour, pay per hour, as needed, payg, pay as u go]
        phrases: [don't mind the, odd big one, the odd big one, whenever he comes out, whenever they come out, take it on the chin, no probs, paying every month for nothing, when they happen,
          comes and goes, don't mind if it changes, don't mind if it varies, don't mind if the bill,
          don't mind if they change, pay for things as they happen, call out when needed, happy to pay when we need, pay when we need something,
          never been an issue, not been an issue, always worked fine, been fine for us, that's been fine, the odd bigger bill,
          odd bigger bill, don't mind a, don't mind an, don't mind some, don't mind bills, don't mind it,
          don't mind them, don't mind big, don't mind paying, don't mind variable, don't mind occasional, can live with it, can live with that, live with the odd big bill,
          happy to pay by the hour, happy with hourly, varying bills, bills that vary, bills vary, it varies,
          the odd big bill, occasional big bill, occasional bill, a big bill now and then, big bills now and then,
          not a problem, no problem, doesn't bother us, doesn't bother me, don't bother us, pay for what we use,
          only pay for what we use, only pay when we need, only pay for repairs, when something needs fixing, whatever needs fixing, we can absorb it, we can handle it,
          we can cope with that, manageable, up and down is fine, ups and downs are fine, swings are fine,
          pay when we need help, pay per job, per job, per call out, per visit, by the job, can live with,
          live with a big bill, pay whatever, pay whatever it costs, whatever the bill is, swings and roundabouts,
          it evens out, it all evens out, evens itself out, take the rough with the smooth, as and when,
          pay as and when, pay when we use it, pay when we need it, pay when we need someone, bill us when we use,
          bill us when we need, bill us when you, just bill us, never been a problem, never a problem,
          could live with, goes up and down, up and down a bit, pay when something breaks, pay when something actually breaks, are acceptable, bound to come up, happy enough with bills, go up and down, occasional large bill, don't object to, wouldn't bother us if, nothing the next, not an issue, pay only for what we use, cope with a bill, roll with the punches, as things come up, a bill here and there, never had an issue, fine with us, we'd pay it, whatever it costs, roll with it, big bill doesn't kill us, big bill won't kill us]
      - value: prefer_fixed
        label: wants a fixed monthly cost
        aliases: [fixed, fixed fee, fixed monthly fee, monthly fee, predictable, flat fee, flat rate, set monthly, subscription, same every month]
        phrases: [fixed price, can't stand bills, don't like surprises, give my dad kittens, give me kittens,
          wouldn't want bills, rather not get a bill, out of the blue, can't have big, stays the same, known figure, looking the same, not a fan, don't want surprises, don't want any surprises, don't want nasty surprises,
          don't want any nasty surprises, wouldn't want surprises, wouldn't want any surprises, never want a bill,
          bolt from the blue, can't have bills, can't have fluctuating, fluctuating costs,
          one number every month, same figure, something steady, steady every month, flat sum, don't like them,
          rather not be hit, not be hit with,
          hate them, don't like it when it changes, so fixed, fixed really, fixed cost, fixed monthly cost, fixed amount, flat monthly, steady monthly, steady amount,
          steady monthly amount, the same amount every month, same each month, same amount each month,
          one monthly payment, one payment a month, regular monthly payment, know what we pay, know what we'll pay,
          know what we're paying, know what we will pay, know in advance, budget for it, easy to budget, plan ahead,
          no surprises, hate surprises, hate surprise bills, can't stand surprise bills, surprise bills drive me mad,
          unexpected bills drive me mad, unexpected invoices drive me mad, bills drive me mad, invoices drive me mad,
          drives me mad, drive me crazy, stresses me out, keeps me up at night, monthly contract, a contract, retainer,
          all inclusive, predictability, consistent, stable costs, regular monthly, monthly plan, monthly package,
          per month per user, per user per month, fixed rate, standing order, direct debit, set price, set fee, set figure, same amount every month, knowing exactly, know exactly what,
          wouldn't be comfortable with, not comfortable with,
          one price, know where we stand, do my head in, drive me up the wall,
          can't deal with, couldn't deal with, can't cope with, couldn't cope with,
          set amount, know what we spend, know what we're spending, know the cost up front, know the cost in advance,
          cash flow is tight, tight cash flow, same bill every month, avoid surprises, avoid nasty surprises,
          no nasty surprises, can't stand surprises, can't stand unpredictable, hate unpredictable,
          can't stand not knowing, hate not knowing, want to know what the bill, know how much it'll cost,
          know how much it will cost, know how much it costs, get hit with, bills jumping around,
          not have bills jumping around, nasty surprises, surprise invoice, don't want them changing, steady as she goes, out of nowhere, can't be doing with bills, rollercoaster, set cost, so we can budget, cash flow planning, unpredictable expenditure, know what's coming, not keen on them, not keen at all, twelve times a year, not with our cash flow, don't want bills jumping around, can't stand them, unpredictability]
        hints: [nickel and dimed]
      - value: no_preference
        label: no strong preference
        aliases: [no preference, either, either way, don't care, whatever, doesn't matter, not bothered, indifferent, makes no odds, no odds]
        phrases: [don't mind, don't mind either way, don't mind which, no strong feelings, no strong preference, no real preference,
          all the same to us, all the same to me, no opinion, neither here nor there, not fussed, either is fine,
          fine either way, both are fine, both fine, whichever, whatever works, don't really care, as long as it works,
          could go either way, same to us, no difference to us, makes no difference, doesn't bother me either way,
          one way or the other, one way or another, doesn't bother me one way or the other, six of one,
          half a dozen of the other, i'm easy, easy either way, neutral,
          doesn't bother us either way, wouldn't bother me either way, wouldn't bother us either way, either's fine, either's fine with us, either is fine with us, swings and roundabouts to me, fifty fifty, neither option appeals, not something we feel strongly about, don't feel strongly, makes little difference, no particular view, makes zero difference, makes no diff, no pref, wouldn't lose sleep, can't say i care, can't say i mind, mind either way, don't have any strong feelings, don't have strong feelings, all one to me]

  - id: backup_monitoring
    type: boolean
    label: Backup monitoring
    mentions: [backup, back up, restore, restore test, test restore, disaster recovery]
    phrases:
      yes: [as clockwork, without exception, not left to chance, close eye, don't take chances, don't take any chances, nothing gets past, check, test, verify, all over it, read the backup email, read the email, check the email, if one fails, if it fails,
        if a backup fails, if anything fails, every single month, opens it to see, we get alerts, get alerts, not something we skip, never skip, don't skip, keep an eye, look at the report, read the report, look at the backup report,
        check the backup report, read the backup report, restore a test file, restore one file, test restore, restore test, do a restore,
        does a restore, spot check, make sure they work, confirm they work, look at them, go through them, goes through them, monitor them,
        open the report, like clockwork, without fail, like a hawk, eagle eye, every week, every single week, once a week, twice a month, every seven days, weekly]
      no: [only time we'd find out, heads in the sand, out of sight, fingers crossed, flying blind, havent touched it, never once, hope for the best, hope they work, hope it works, assume they work, assume it works,
        set and forget, never looked, unchecked, untested, just runs, it's automatic, all automatic, runs automatically,
        happens automatically, on autopilot, trust it, we trust it, take it on faith, only when something goes wrong,
        gone by the wayside, fallen by the wayside, let it slip, not something we do, cross our fingers,
        cross my fingers, only find out, not once, forgot about it, forgotten about,
        only when there's a problem, only if something goes wrong, set it and forget it, blind spot, nobody actually tests, nobody does the backups]
    ask: Does someone in your business regularly check that the backups actually work?
    why: >-
      If you only call for help when something breaks, nobody outside may be watching your backups.
      The article's condition for getting by with break-fix is that someone inside keeps an eye on
      them.

  - id: network_complexity
    type: choice
    label: Network complexity
    ordered: true
    mentions: [network, setup, set up, infrastructure, systems, it setup, server, site, office, location, branch, pcs,
      warehouse, depot, campus,
      premises, computer, pc, laptop, desktop, machine, workstation, cloud]
    ask: How complicated is your setup — a few PCs and a router, some servers, or many systems and sites?
    why: >-
      The article finds that a shop's technicians can each specialise, so a shop is more likely than
      one consultant to cope with a complicated network.
    choices:
      - value: simple
        label: a few computers, a router and cloud services
        aliases: [basic, small, easy, a few pcs, just a few computers, not complicated, just laptops, cloud only]
        phrases: [pretty simple, very simple, a handful of pcs, handful of pcs, router and a printer, two tablets,
          none of that big stuff, nothing complicated, couple of laptops, couple of pcs, few pcs, laptops and wi fi,
          laptops and the router, laptops and a router, pcs and the router, pcs and a router, none of it's complicated, wi fi box, router box, broadband box, wi fi router, not a server in sight, only laptops, no on prem, all saas, is in the cloud, straightforward, nothing fancy, nothing special, laptops and wifi,
          a few laptops, a couple of laptops, a couple of computers, a few computers, a handful of computers,
          all in the cloud, all cloud, cloud apps, everything is in the cloud, everything's in the cloud,
          google workspace, microsoft 365, office 365, a printer and a router, wifi and a printer, no servers,
          don't have a server, single office, one office, one site, one location, bare bones, not complex,
          don't have any servers, just my laptop, one laptop, a single laptop, bog standard, standard setup, a router,
          nothing complex, a desktop, three laptops, ipads, one pc, one computer, just the router, several laptops, several computers,
          several pcs, several macs, two laptops, two computers, two pcs, a laptop and a printer, doesn't get simpler,
          couldn't be simpler, as simple as it gets, dropbox, google drive, onedrive, icloud, macs on wifi, nothing on site, don't have anything on site, just a laptop, pcs and wifi]

      - value: moderate
        label: some servers or shared systems
        aliases: [medium, average, some servers, a server, one server, a couple of servers, a few servers, in between]
        phrases: [a file server, our own server, server in the back, server in the cupboard, shared drives,
          shared files, a nas, nas box, network drive, accounting server, a database, database server,
          a bit complicated, somewhat complicated, moderately complicated, reasonably complex,
          so so, not too bad, shared systems, except one server, apart from one server, except a server, the nas, shared storage, 1 server, just 1 server, its own system, the server that, shared computers, domain controller, active directory, a vpn,
          two servers, domain server, couple of servers, several servers, shared server, a shared server, an old server, old server, file server, on site server, onsite server, few servers, on prem server, except one file server, except a file server, management server]
        hints: [in the middle, somewhere in the middle, somewhere in between]
      - value: complex
        label: many systems, several sites or specialised software
        aliases: [complicated, large, advanced, many servers, several sites, multiple sites, two offices, very complicated]
        phrases: [dog's dinner, three towns, control room, different sites, different offices, different locations, very complex, really complicated, quite complicated, a lot of servers, lots of servers,
          dozens of servers, many systems, lots of systems, several offices, multiple offices, multiple locations,
          several locations, two locations, three locations, three offices, two sites, three sites,
          linked together, linked offices, specialised software, specialized software, custom software,
          industry software, medical software, cad software, cad package, cad workstations, cad licence, erp, mrp, lab equipment, data centre, data center, sprawling,
          linked by a vpn, linked via a vpn, linked over a vpn, linked through a vpn, connected by a vpn,
          connected via a vpn, connected over a vpn, connected through a vpn, joined by a vpn, joined via a vpn,
          joined over a vpn, joined through a vpn, site to site, a wan, wan between,
          several shops, several stores, several clinics, several surgeries, several depots, several warehouses,
          several buildings, several branches, many sites, many offices, many locations, many shops, many stores,
          many clinics, many branches, several systems, specialist software, specialist systems,
          a link between, vpn between, spaghetti, imaging software,
          campuses, hundreds of devices, branch offices, the whole lot, vehicle tracking, several properties, many properties, tracking software, offices in,
          offices across, sites in, branches in, shops in, depots in, satellite office, tied together,
          tied back, all linked, two branches, two shops, two stores, two salons, two clinics, two surgeries, two depots,
          two warehouses, two buildings, two restaurants, two practices, two gyms, two cafes, several salons,
          several restaurants, several gyms, several cafes, several practices, many salons, many restaurants, many gyms, dental imaging]
        hints: [a mess, nightmare, dog's breakfast]

  - id: downtime_cost
    type: choice
    label: Cost of downtime
    ordered: true
    mentions: [downtime, outage, offline, for a day, lost a day, down day, without computers, without the computers,
      without the system, without the tills, a day without, computers are down, computers go down, computers went down, systems are down,
      system is down, system goes down, down for a day, day without computers, out of action, crash, breakdown,
      a day down, day down, system's down, computers down, it's down, when it goes down, if it goes down,
      went down, go down, goes down, systems go down, down a day, be down, being down]
    ask: When your computers are down for a day, how much does it hurt the business?
    why: >-
      The article finds fixing what broke normally far more expensive than preventing it, and expects
      less downtime from a fully managed service. How much that matters depends on what an hour of
      downtime costs you: that weighing is our reading.
    choices:
      - value: low
        label: little; we can wait a day
        aliases: [not much, little, we can wait, minor, a nuisance, not a big deal, we'd manage]
        phrases: [no real harm, doesn't matter for a day, tolerable, next to nothing, nothing terrible, wouldn't lose anything, zero drama, barely matters, could survive, survive a day, storm in a teacup, fine for a day, not a huge deal, no huge deal,
          wouldn't bother us, a day is okay, a day is ok, wouldn't hurt, wouldn't really hurt, doesn't really hurt,
          wouldn't lose any sleep, lose no sleep, work from our phones, by hand, run without it, it'd be fine, out on site, hardly matters, doesn't matter much, not a lot, wouldn't matter, no big deal,
          we could cope, work on paper, pen and paper, go home early, catch up later,
          catch up the next day, inconvenient, an inconvenience, a little, a bit annoying, we could wait, it can wait,
          nothing much, not really, not very much, not a disaster, muddle through, shrug it off, use our phones,
          not the end of the world, we'd be fine, we'll be fine, could manage, we can manage, manage for a day,
          minimal, on paper, doesn't affect us, wouldn't affect us, wouldn't lose much, not lose much, barely at all,
          hardly at all, not at all, not terribly, not too badly, doesn't hurt much, doesn't hurt, wouldn't hurt much,
          slightly, mildly, marginally, minimally, meh, shrug, wouldn't sink us, won't sink us, wouldn't ruin us,
          won't ruin us, the next morning, barely notice, hardly notice, wouldn't notice, nobody would notice,
          no one would notice, no one noticed, nobody noticed, a day's fine, a day is fine, we'd be ok, we'd be okay,
          we'd be alright, carry on regardless, carry on as normal, carry on as usual, nothing major, would wait,
          emails would wait, wouldn't matter a great deal, doesn't matter a great deal, isn't a big deal, wasn't a big deal, wouldn't stop us, barely affect, hardly affect, no biggie, catch up, wait a day,
          happily wait, water off a duck's back, no big loss, hardly anything, could go a day, a day would be fine]
        hints: [we'd cope, we'd survive, minor headache, get more done]
      - value: medium
        label: noticeable; some work or sales are lost
        aliases: [some loss, moderate, noticeable, it hurts a bit, med]
        phrases: [hurts a bit, a few hundred quid, a few hundred pounds, a few hundred dollars, couple of hundred quid,
          hundreds of pounds, few hundred quid, some work gets lost, work gets lost, we notice it, some customers, some pain, survivable, limp along, get over it, half a day,
          some jobs, somewhat, some lost sales, lose some sales, some sales, lose a few sales, some lost work,
          lose some work, a bit of a pain, a pain, painful, quite annoying, a day's work lost, lose a day's work,
          a setback, moderately, medium impact, we'd feel it, feel it, fall behind, customers would wait,
          customers have to wait, a few unhappy customers, some unhappy customers, costs us something,
          it hurts, lose a day, some impact, enough to notice, work would slip, customers might wait,
          fairly, reasonably, a fair amount, hold us up, lose a few bookings, lose some bookings, lose some orders,
          lose a few orders, lose a few jobs, lose some jobs, lose some business, lose a bit of business,
          cost us a bit, sting a bit, a few sales, slip through our fingers,
          lose some money, lose a bit of money, pile up, lose a few enquiries, lose some enquiries, some work lost,
          cost us a few, lose a bit, would slip, jobs would slip, a bit of lost, lose some, some orders, some orders would be lost,
          some work would be lost, would be lost, lose a few, middling, cost a bit, slow the day down, a bit of a nuisance, put a dent, a dent in, two or three orders, two or three appointments, bit of a nightmare, a chunk of sales, lose a chunk, some inconvenience, some lost income, it'd sting, wouldn't go under, pain in the neck, slow us down, hundred quid, but we keep going, customers would notice, get by]
        hints: [a fair bit, lose sales]
      - value: high
        label: a lot; work stops and money is lost
        aliases: [a lot, serious, critical, severe, expensive, we lose money, a disaster, everything stops, we can't work]
        phrases: [a huge amount, can't afford downtime, can't afford any downtime, can't afford a day down, can't afford to be down, work just stops, patients can't be seen, chaos, would hurt a lot, means no work, can't do a thing, cant do nothing, can't sell a thing, couldn't do a thing, alot,
          couldn't take a single, can't take a booking, couldn't take bookings, no bookings, no money,
          have to shut, loads, can't open, whole office stops, whole place stops, the whole office, be in trouble, work would stop,
          would more or less stop, a fortune, huge, massive, catastrophic, disastrous, a nightmare, grinds to a halt,
          losing customers, lose customers, lose clients, losing clients, customers walk away,
          can't take orders, can't take payments, lose thousands, costs us thousands, we'd have to close, we'd close,
          shut down, dead in the water, nothing gets done, nobody can work, no one can work, can't do anything,
          can't serve customers, standstill, business stops, really hurts, hurts a lot, very expensive, lose a lot,
          a big deal, very bad, terrible, kills us, we lose a lot of money, losing money, lose money, lost revenue,
          nobody could work, no one could work, couldn't work, closed for the day, we'd be closed, quite a bit,
          can't invoice, massively, hugely, enormously, tremendously, immensely, extremely, greatly, severely,
          terribly, screwed, sunk, a calamity, work stops, all work stops, stops completely, it all stops, all stops,
          couldn't function, can't function, nothing goes out, carnage, be stuffed, we're stuffed, we'd be stuffed, finished, stop dead, badly,
          cancel appointments, cancel the whole day, can't see patients, can't see clients, lose a whole day,
          a whole day's trade, can't take online orders, big time, no work, an arm and a leg, a day's takings,
          whole day's takings, brutal, couldn't do anything, cripple, grand a day, ten grand, sitting on their hands,
          sitting idle, up the creek, every hour down costs, quite bad, pretty bad, really bad, so bad, v bad,
          lose a days takings, lose the days takings, cant trade, couldnt trade, can't trade at all, bad, a great deal, hurt a great deal, turned away, a crisis, bring us to our knees, couldn't take payments, very costly, cost us dearly, losing a limb, up a creek, don't make a penny, couldn't open the doors, nothing works without, deadlines would be missed, big hit, lose a ton, a ton of money, bleed money, money gone, can't work at all, twiddling our thumbs, sitting around doing nothing, big deal, game over, can't take a single order, grand in one afternoon, grand in an afternoon, sending everyone home, big problem, a huge problem]

  - id: proactive_care
    type: boolean
    label: Proactive care
    mentions: [maintenance, preventive, preventative, proactive, health check, checkup, check up, update, patch,
      look after, upkeep, checking on things, keep an eye on things, checking things over, regular checks, checking in,
      keeping things updated, keeping on top, regular visits, regular maintenance, regular care,
      when it breaks, when something breaks, when things break, call outs, poking around]
    phrases:
      yes: [want, want that, kept an eye on things, someone kept an eye, breaking without warning, been burned, not just firefighting, defo, regular, can't keep on top of, can't keep up, can't keep doing it, can't do it all myself,
        can't manage it myself, don't want to only call, don't want to just call, not just when it breaks,
        not only when it breaks, not just when something breaks, come regularly, someone regularly, regular please,
        regular is better, ongoing care, never do the updates, nobody has time, nobody here has time, kept on top of, would like, we'd like, i'd like, like that, like the sound of that, need it, need that,
        need someone, we need that, love, would love, please, ideal, sensible, be good, be great, be helpful,
        sounds good, sounds great, sounds sensible, good idea, great idea, would be good,
        would be great, would help, worth it, please do, sign me up, keep things running, prevention, regular maintenance,
        keep an eye on things, go for it, prefer that, peace of mind, that'd be good, that would help, we'd want that,
        worth paying for, worth the money, one less thing, never get round to, never get around to, always forget to,
        forget to, keep on top of, regular health check, a weight off, weight off my shoulders, weight off our shoulders,
        don't have time, haven't got time, no time to, never have time, don't want to wait for things to break,
        don't want to wait until, don't want to wait, keep an eye on it, keep an eye on everything, can't keep firefighting,
        tired of firefighting, sick of firefighting, fed up with firefighting, don't have to think about it, make sense,
        regular checks, caught out, regular care, would be useful, in the first place, don't want to have to think,
        no time for updates, any time for updates, look everything over, would be perfect, never go back to waiting, wouldn't want to be without it, better safe than sorry, so they don't break, can't be doing with emergencies, would suit us, rather not wait, wheels to come off, rather not be firefighting, don't wait for it, look after it regularly, look after them regularly, can't have it fall over, nip problems in the bud, putting out fires, not always putting out fires, not always shutting the barn door, don't want to babysit, barn door, keep it healthy, check ups, babysit, like to start, like it back, never remember]
      no: [only when something breaks, ring you if anything goes wrong, if anything goes wrong, if there's a problem,
        call if there's a problem, ring you if, when it's broken, just when it's broken, unless something's wrong, just when needed, when needed, call if something goes wrong, if something goes wrong,
        if we need you, call if we need, if we need u, ring if it breaks, call if it breaks, only when things break, just when things break, just when something breaks,
        when something breaks, when it breaks, when things go wrong, only when needed, only as needed, call when needed,
        on demand, if it ain't broke, if it isn't broken, waste of money, overkill, not worth it, too expensive,
        can't afford it, fix it when it breaks, just fix it, only call, we'll call, happy to wait until it breaks,
        keep it like that, keep it as it is, keep things as they are, leave it as it is, leave things as they are,
        that's suited us fine, it's suited us fine, has suited us fine, always suited us, done us fine,
        when there's a problem, call when we need, call someone when, if anything stops working,
        if something stops working, when something goes wrong, something goes wrong, when something's wrong,
        call when, phone when, ring when, shout if, shout when, call if, ring if, phone if, ring someone, call someone if,
        if it breaks, if something breaks, if they do, just call, just phone, just ring, call out only,
        unless something's broken, unless something breaks, unless it breaks, poking around, only need help,
        if anything breaks, when it falls over, if it falls over,
        call out basis, only want to call, want to call when, a number to ring, a number to call, someone to ring,
        want a number to ring, want a number to call, want someone to ring, want someone to call,
        muddle along, break fix, reactive, ad hoc, too small to need, too small for, on call,
        on call basis, don't need anyone poking around, only need someone, call outs as needed, pay only when we need help, only when we need help, only want help when it breaks, call as needed, call you as needed, call yall as needed, as needed basis, break fix approach, want the break fix, want break fix, prefer break fix]
    hints:
      yes: [be nice, would be nice, that'd be nice]
    ask: Do you want someone to look after your systems regularly (updates, health checks) rather than only call when something breaks?
    why: >-
      Preventive work such as reviewing logs and checking the health of servers and PCs is hard to
      fit in, and hard to bill, when the provider is paid by the hour for fixing what broke. The
      article would rather support prevented problems, and welcomes a consultant or shop who works
      that way; if you want it, ask for it in the contract.

"""#
        ),
        (
            "rules/backups.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
# The article's condition on backups is advice to follow whatever the choice, so it is a caveat
# and gives no points: an unwatched backup is no reason to pick one kind of support over another.
theme: Backups
rules:
  - id: backups_unwatched
    when: not backup_monitoring
    caveat: >-
      Nobody in the business checks that the backups work. Whatever you choose, make one person
      responsible for it, or have the provider's contract include backup monitoring and test restores.
    because: >-
      The article's one condition for getting by with break-fix is that someone inside watches the
      backups.
    claims: [watch_backups]

"""#
        ),
        (
            "rules/billing.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
theme: How you want to pay
rules:
  - id: accepts_variable_bills
    when: variable_bills == accept
    points: {break_fix: 4, sole_proprietor: 2}
    because: >-
      Paying by the hour suits owners who can live with an occasional, sometimes large, bill and
      would rather not carry a fixed monthly cost.
    claims: [fits_occasional_bills]
    interpretation: >-
      The article singles these clients out as the ones a shop suits especially well, so we give it
      as much weight as the size rules (4 points); a lone consultant bills the same way but was not
      the article's subject, so half that.

  - id: wants_fixed_cost
    when: variable_bills == prefer_fixed
    points: {break_fix: -3, sole_proprietor: -3}
    because: >-
      Hourly support suits owners who do not want a fixed monthly cost; the article grants that a
      fixed cost is often the more sensible arrangement.
    claims: [fits_occasional_bills, fixed_cost_often_better]
    interpretation: >-
      We count the wish for a fixed cost against both hourly options alike, a little less (3 points)
      than accepting variable bills counts for a shop.

  - id: managed_fixed_fee
    when: variable_bills == prefer_fixed
    points: {managed_services: 5, in_house: 1}
    because: >-
      A managed service is usually paid a fixed fee every month, so it gives the predictable cost
      you want; a salary is fixed too.
    assumption: >-
      The article did not cover managed services (a later part of the series was to); that they are
      commonly sold for a fixed fee per user and month is our own knowledge. With 5 points a wish for
      a fixed cost leads to a managed service below 50 users, whatever the other answers.

  - id: hourly_bills_grow
    when: "true"
    caveat: >-
      Hourly billing grows with every outage, malware clean-up and project. Ask for an estimate
      before work starts and agree a monthly cap.
    if_recommended: [break_fix, sole_proprietor]
    because: >-
      The article describes how billable time turns into large bills and friction with customers.
    claims: [billable_time_large_bills]

"""#
        ),
        (
            "rules/complexity.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
theme: Network complexity
rules:
  - id: complex_network
    when: network_complexity == complex
    points: {break_fix: 2, sole_proprietor: -5}
    because: >-
      Several technicians can each specialise, so a shop is more likely to cope with a complicated
      network than one consultant who has to know everything.
    claims: [techs_specialise, handles_complex_and_larger]
    interpretation: >-
      We read the article's complicated networks as the answer "many systems, several sites or
      specialised software", and weigh them enough (7 points between the two) that a shop always
      ranks above one consultant there.

  - id: moderate_network
    when: network_complexity == moderate
    points: {sole_proprietor: -1}
    because: >-
      Servers and shared systems are a step towards the complicated networks that a shop's
      specialists handle better than one consultant.
    claims: [techs_specialise, handles_complex_and_larger]
    interpretation: >-
      The article speaks only of complicated networks; we read some servers or shared systems as a
      small step towards them, so a small penalty (1 point) for one consultant.

  - id: small_simple_setup
    when: network_complexity == simple and users <= 5
    points: {sole_proprietor: 3}
    because: >-
      A few computers on a simple network are within what one consultant can cover well.
    assumption: >-
      The article compares sole proprietors only in passing (they were covered in part 1 of the
      series); we assume a lone consultant is enough where there is neither scale nor complexity,
      and give it 3 points, as much as a handful of users gives one.

  - id: one_person_capacity
    when: "true"
    caveat: >-
      One consultant can fix one problem at a time. Ask who covers when they are ill, on holiday or
      busy with another client's outage.
    if_recommended: sole_proprietor
    because: >-
      Scale is the weakness of a one-person practice that a second technician removes.
    claims: [second_tech_eases_scale, several_fixes_at_once]

"""#
        ),
        (
            "rules/downtime.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
# The article ties the less downtime of a fully managed service to businesses of more than ten to
# fifteen users, so that is where the cost of downtime counts for one; a lone consultant's single
# pair of hands counts against it wherever downtime is costly.
theme: Cost of downtime
rules:
  - id: costly_downtime
    when: downtime_cost == high and users >= 11
    points: {managed_services: 4}
    because: >-
      When an outage stops the business, fire-fighting after the fact is the expensive way to run
      IT, and at your size the article advises a fully managed service for less downtime.
    claims: [firefighting, firefighting_costs_more, managed_past_ten_to_fifteen, managed_less_downtime]
    interpretation: >-
      The article promises less downtime to businesses of more than ten to fifteen users and does
      not grade what downtime costs; we count it from 11 users, where the size rules start to weigh a
      managed service, and most where downtime hurts most (4 points).

  - id: some_downtime_cost
    when: downtime_cost == medium and users >= 11
    points: {managed_services: 2}
    because: >-
      Even moderate losses from outages add, at your size, to the case for the less downtime the
      article expects from a fully managed service.
    claims: [firefighting_costs_more, managed_past_ten_to_fifteen, managed_less_downtime]
    interpretation: >-
      From 11 users, as for costly downtime, with half its weight (2 points), as the losses are
      smaller.

  - id: one_consultant_for_costly_outages
    when: downtime_cost == high
    points: {sole_proprietor: -4}
    because: >-
      When an outage stops the business every hour counts, and one consultant can work on only one
      problem at a time, perhaps another client's; a shop can fix several at once.
    claims: [several_fixes_at_once, second_tech_eases_scale]
    interpretation: >-
      The article puts no figure on one consultant's scaling problems; we count them against a lone
      consultant where downtime hurts most (4 points), at any size.

  - id: firefighting_costs_more
    when: not proactive_care and downtime_cost in [medium, high]
    caveat: >-
      Fixing only what breaks usually costs more than preventing it, and outages cost you lost work
      as well as the bill. Budget for a large bill now and then.
    if_recommended: [break_fix, sole_proprietor]
    because: >-
      The article finds fire-fighting far more expensive than preventing problems, and notes that
      many owners only accept this after an outage and a bill of a couple of thousand dollars.
    claims: [firefighting, firefighting_costs_more, outage_bill]

"""#
        ),
        (
            "rules/in_house.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
# The article does not cover in-house IT (it was announced for a later part of the series),
# so every rule here is an explicit assumption.
theme: In-house IT
rules:
  - id: too_small_for_staff
    when: users <= 25
    points: {in_house: -6}
    because: >-
      A salary for a full-time IT person is hard to justify for a small team.
    assumption: >-
      One IT employee costs about 91,000 USD a year with overhead (the cost model's in_house_salary
      and in_house_overhead), as much as a managed service's fees for about 75 users, so below about
      25 users an employee is rarely worth it.

  - id: large_enough_for_staff
    when: users >= 50
    points: {in_house: 3}
    because: >-
      From about fifty users there is enough daily IT work to keep someone on staff busy.
    assumption: >-
      Around fifty users the workload approaches a full-time job, at the low end of common ratios of
      users to IT staff (about one person per fifty to a hundred users).

  - id: large_organisation
    when: users >= 100
    points: {in_house: 8}
    because: >-
      With a hundred or more users, people on site who know your systems are usually worth their
      salary.
    assumption: >-
      At this size outsourced per-user fees add up to more than an internal team costs: in the cost
      model, 100 users pay a managed service about 120,000 USD a year, while one IT generalist, who
      can look after about a hundred users, costs about 109,000 USD with overhead and tools, and the
      team grows with the users from there.

  - id: complex_and_critical
    when: network_complexity == complex and downtime_cost == high and users > 25
    points: {in_house: 2}
    because: >-
      Complicated systems whose failure stops the business benefit from someone on site who can act
      at once.
    assumption: >-
      Response time on site matters most where systems are both complex and critical.

  - id: in_house_not_in_article
    when: "true"
    caveat: >-
      The source article does not cover in-house IT, so this recommendation rests on our stated
      assumptions; compare it with a managed-services quote.
    if_recommended: in_house
    because: >-
      Honesty about where the advice comes from.
    assumption: >-
      The series announced, but this article does not contain, a part on bringing IT in-house.

  - id: staff_do_preventive_work
    when: proactive_care and users >= 50
    points: {in_house: 2}
    because: >-
      Someone on your own staff can do the preventive work every day, not only when a contract
      allows for it.
    assumption: >-
      At a size that justifies an IT employee, preventive care is part of that person's daily job.

"""#
        ),
        (
            "rules/proactive.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
theme: Preventive care
rules:
  - id: wants_proactive_care
    when: proactive_care
    points: {break_fix: -1, sole_proprietor: -1}
    because: >-
      Between emergencies and projects an hourly provider has little time left for preventive work,
      and it is hard to get paid for log reviews and health checks.
    claims: [little_time_for_prevention, prevention_hard_to_bill]
    interpretation: >-
      The article says this of the break-fix way of working, which lone consultants share, and
      welcomes either one who does work pro-actively; so we count it lightly (1 point) and the same
      against a shop and a lone consultant.

  - id: managed_does_upkeep
    when: proactive_care
    points: {managed_services: 2}
    because: >-
      A managed service's fee usually pays for monitoring and regular maintenance, which is the
      preventive care you want.
    assumption: >-
      The article did not cover managed services; that their fee covers regular maintenance is our
      own knowledge. We keep it to 2 points, so that a wish for preventive care alone does not
      overturn the article's best fit for a handful of users.

  - id: calls_when_broken
    when: not proactive_care
    points: {break_fix: 1, sole_proprietor: 1}
    because: >-
      A break-fix shop is built around clients who call when something is broken, which is how you
      want to work, and many lone consultants work that way too.
    claims: [waits_for_calls, more_than_one_tech]
    interpretation: >-
      A small point (1) for each: how you want to work matches how both work.

  - id: ask_for_preventive_care
    when: proactive_care
    caveat: >-
      You want regular preventive care, and an hourly provider rarely finds time for it unless it
      is agreed. Ask for it in the contract: what they check (updates, logs, the health of your
      systems), how often, and what it costs.
    if_recommended: [break_fix, sole_proprietor]
    because: >-
      The article would rather support prevented problems than reacted to them, and welcomes a
      consultant or shop who works that way, though between fires they rarely find the time.
    claims: [ideally_proactive, proactive_break_fix_welcome, little_time_for_prevention]

  - id: technician_turnover
    when: "true"
    caveat: >-
      A shop's technicians are often praised, and paid bonuses, for billing more hours, and long
      billable weeks wear them out, so the person who knows your systems may move on. Ask the shop
      how it documents your setup and who stands in, and for an estimate before work starts.
    if_recommended: break_fix
    because: >-
      The article describes break-fix shops rewarding their technicians for billed hours, and long
      billable weeks leading to burnout and turnover.
    claims: [billing_rewarded, burnout_turnover]

"""#
        ),
        (
            "rules/size.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
theme: Size of the business
rules:
  - id: handful_of_users
    when: users <= 5
    points: {break_fix: 4, sole_proprietor: 2}
    because: >-
      Break-fix support fits best when only a handful of people use computers: so few users might
      pass one or two months without paying anything for IT. Lone consultants work the same way,
      and a shop can fix several problems at once.
    claims: [handful_best_fit, months_without_cost, more_than_one_tech, several_fixes_at_once]
    interpretation: >-
      The article gives no number for a handful; we read it as up to 5 users. Its best fit is a way
      of working that lone consultants share, so both gain: a shop 4 points, a lone consultant 2, the
      difference for the several problems a shop can fix at once (a consultant's strength on a simple
      setup is counted by small_simple_setup).

  - id: small_to_mid_size
    when: users in 6...15
    points: {break_fix: 4}
    because: >-
      Break-fix shops suit small and mid-sized businesses: with two or three technicians they can
      work on several problems at the same time.
    claims: [fits_small_mid, several_fixes_at_once]
    interpretation: >-
      The article puts no numbers on small and mid-sized; we read them as 6 to 15 users, from just
      past a handful to where it turns to managed services, with the same 4 points as a handful.

  - id: lone_consultant_stretched
    when: users >= 6
    points: {sole_proprietor: -6}
    because: >-
      One consultant can work on only one problem at a time; a second technician is what removes
      the scaling problems a one-person practice runs into as the number of users grows.
    claims: [more_than_one_tech, second_tech_eases_scale, several_fixes_at_once]
    interpretation: >-
      The article names no size at which one consultant falls behind; we take it to be as soon as
      there are more than a handful of users (6 or more), with weight enough (6 points) that a shop
      stays ahead of one consultant from there on.

  - id: ten_to_fifteen_users
    when: users in 11...15
    points: {managed_services: 2}
    because: >-
      The article advises a fully managed service for more than ten to fifteen users; in that band
      it starts to count in its favour.
    claims: [managed_past_ten_to_fifteen]
    interpretation: >-
      The article's threshold is a range, more than 10 to 15 users; we start counting at 11 with 2
      points, half a shop's 4 for a mid-sized business, so that your other answers decide in this band.

  - id: more_than_fifteen_users
    when: users >= 16
    points: {managed_services: 4, break_fix: -4}
    because: >-
      With more than ten to fifteen users the article's advice is a fully managed service: less
      downtime, and so more productive staff.
    claims: [managed_past_ten_to_fifteen, managed_less_downtime]
    interpretation: >-
      We decide from 16 users, past the top of the article's range, and give this, its firmest
      recommendation, a swing of 8 points between a managed service and a shop, as much as any
      single rule, so that no other answer on its own outweighs it.

  - id: growing_past_break_fix
    when: users in 11...15
    caveat: >-
      You are at the size where the article advises looking for a fully managed service (more than
      ten to fifteen users). If you stay with pay-per-incident support, review the choice as you hire.
    if_recommended: [break_fix, sole_proprietor]
    because: >-
      The article draws the line for break-fix at roughly ten to fifteen users.
    claims: [managed_past_ten_to_fifteen]
    interpretation: >-
      We read the article's "more than 10 to 15 users" as a band from 11 to 15 users in which to
      start weighing a managed service.

"""#
        ),
        (
            "tests/small_business.yaml",
            #"""
# yaml-language-server: $schema=../rules.schema.json
# The rule base's own test cases: answers and what the advice must be.
# `ranks_above` pairs are [higher, lower]; `caveats` lists exactly the caveat rules that must fire.
cases:
  - name: A handful of users who accept occasional bills and watch their backups
    answers: {users: 4, variable_bills: accept, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, managed_services], [sole_proprietor, in_house]]
      caveats: [hourly_bills_grow, technician_turnover]

  - name: A handful who accept hourly bills and watch their backups stay with break-fix when they want preventive care, and are told to put it in the contract
    answers: {users: 3, variable_bills: accept, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: true}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, managed_services]]
      caveats: [hourly_bills_grow, ask_for_preventive_care, technician_turnover]

  - name: A handful of users on a simple setup who are fine with hourly bills, but nobody watches the backups
    answers: {users: 3, variable_bills: accept, backup_monitoring: false, network_complexity: simple, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: break_fix
      caveats: [backups_unwatched, hourly_bills_grow, technician_turnover]

  - name: One user with unwatched backups, costly downtime and a wish for preventive care still gets an hourly provider, and the backup caveat
    answers: {users: 1, variable_bills: no_preference, backup_monitoring: false, network_complexity: simple, downtime_cost: high, proactive_care: true}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, managed_services]]
      caveats: [backups_unwatched, hourly_bills_grow, ask_for_preventive_care, technician_turnover]

  - name: A very small office with a complicated network still favours a shop over one consultant
    answers: {users: 2, variable_bills: accept, backup_monitoring: true, network_complexity: complex, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, sole_proprietor]]

  - name: A handful of users who want a fixed monthly cost
    answers: {users: 5, variable_bills: prefer_fixed, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: managed_services

  - name: Twelve users, hourly bills fine, no wish for preventive care
    answers: {users: 12, variable_bills: accept, backup_monitoring: true, network_complexity: moderate, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, sole_proprietor]]
      caveats: [hourly_bills_grow, technician_turnover, growing_past_break_fix]

  - name: Twelve users who want preventive care
    answers: {users: 12, variable_bills: no_preference, backup_monitoring: true, network_complexity: moderate, downtime_cost: medium, proactive_care: true}
    expect:
      recommendation: managed_services
      ranks_above: [[managed_services, break_fix]]
      caveats: []

  - name: Past fifteen users even an owner who accepts variable bills should go fully managed
    answers: {users: 20, variable_bills: accept, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: managed_services
      ranks_above: [[managed_services, break_fix]]

  - name: Eight users with expensive downtime who want preventive care stay with a shop, told to put the care in the contract
    answers: {users: 8, variable_bills: no_preference, backup_monitoring: true, network_complexity: moderate, downtime_cost: high, proactive_care: true}
    expect:
      recommendation: break_fix
      ranks_above: [[break_fix, managed_services]]
      caveats: [hourly_bills_grow, ask_for_preventive_care, technician_turnover]

  - name: Twelve users with expensive downtime who want preventive care go fully managed
    answers: {users: 12, variable_bills: no_preference, backup_monitoring: true, network_complexity: moderate, downtime_cost: high, proactive_care: true}
    expect:
      recommendation: managed_services
      ranks_above: [[managed_services, break_fix]]

  - name: Thirty users wanting a fixed cost need not answer anything else
    answers: {users: 30, variable_bills: prefer_fixed}
    expect:
      recommendation: managed_services

  - name: A large organisation with complex, critical systems
    answers: {users: 150, variable_bills: no_preference, backup_monitoring: true, network_complexity: complex, downtime_cost: high, proactive_care: true}
    expect:
      recommendation: in_house
      ranks_above: [[in_house, managed_services]]
      caveats: [in_house_not_in_article]

  - name: Sixty users who want a fixed monthly fee stay with managed services
    answers: {users: 60, variable_bills: prefer_fixed, backup_monitoring: true, network_complexity: moderate, downtime_cost: medium, proactive_care: true}
    expect:
      recommendation: managed_services
      ranks_above: [[managed_services, in_house]]

  - name: A one-person business with a simple setup and no appetite for fees
    answers: {users: 1, variable_bills: accept, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
    expect:
      recommendation: break_fix
      ranks_above: [[sole_proprietor, managed_services]]

  - name: Two people on a simple setup with no view on billing can use one consultant
    answers: {users: 2, variable_bills: no_preference, backup_monitoring: true, network_complexity: simple, downtime_cost: medium, proactive_care: false}
    expect:
      recommendation: sole_proprietor
      ranks_above: [[sole_proprietor, break_fix]]
      caveats: [hourly_bills_grow, one_person_capacity, firefighting_costs_more]

"""#
        ),
    ]

    /// The name and SHA-256 digest of the files above (see `RuleBaseIdentity.init(name:files:)`).
    static let identity = RuleBaseIdentity(
        name: "Rules",
        digest: "1e75ee1a2f471c4ef83b5343a4c8a4ec4ffb49e7b0490abfd0504c0fec5778d6",
        files: ["article.yaml", "costs.yaml", "options.yaml", "questions.yaml", "rules/backups.yaml", "rules/billing.yaml", "rules/complexity.yaml", "rules/downtime.yaml", "rules/in_house.yaml", "rules/proactive.yaml", "rules/size.yaml"]
    )
}
